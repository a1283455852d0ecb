#pragma once
// The providers a model id can route to, and where each one's key and endpoint come from.
#include <string>
#include <string_view>

namespace vr::llm {

enum class Provider { OpenAI, Anthropic, Google, XAI, DeepSeek, Mistral, Local, Mock, Unknown };

struct ProviderInfo {
    Provider provider;
    const char* id;            // "openai": the routing prefix and the health-check name
    const char* displayName;   // "OpenAI": as error messages and logs name it
    const char* keyVariable;   // "OPENAI_API_KEY"; nullptr when no key is needed
    const char* baseUrlVariable;
    const char* defaultBaseUrl;
    bool keyRequired;
};

const ProviderInfo& providerInfo(Provider provider);
// The provider's base URL: <PROVIDER>_BASE_URL when set, else the provider's public endpoint; no trailing '/'.
std::string providerBaseUrl(Provider provider);
// The provider's API key from the environment (.env included), empty when unset.
std::string providerApiKey(Provider provider);

} // namespace vr::llm
