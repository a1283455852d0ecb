#include "llm/provider.h"

#include "protocol/environment.h"

#include <array>

namespace vr::llm {
namespace {

constexpr std::array<ProviderInfo, 9> kProviders{{
    {Provider::OpenAI, "openai", "OpenAI", "OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1", true},
    {Provider::Anthropic, "anthropic", "Anthropic", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "https://api.anthropic.com", true},
    {Provider::Google, "google", "Gemini", "GOOGLE_API_KEY", "GOOGLE_BASE_URL", "https://generativelanguage.googleapis.com/v1beta", true},
    {Provider::XAI, "xai", "xAI", "XAI_API_KEY", "XAI_BASE_URL", "https://api.x.ai/v1", true},
    {Provider::DeepSeek, "deepseek", "DeepSeek", "DEEPSEEK_API_KEY", "DEEPSEEK_BASE_URL", "https://api.deepseek.com/v1", true},
    {Provider::Mistral, "mistral", "Mistral", "MISTRAL_API_KEY", "MISTRAL_BASE_URL", "https://api.mistral.ai/v1", true},
    {Provider::Local, "local", "Local", "LOCAL_API_KEY", "LOCAL_BASE_URL", "http://localhost:11434/v1", false},
    {Provider::Mock, "mock", "Mock", nullptr, nullptr, "", false},
    {Provider::Unknown, "unknown", "Unknown", nullptr, nullptr, "", false},
}};

} // namespace

const ProviderInfo& providerInfo(Provider provider)
{
    for (const auto& info : kProviders)
        if (info.provider == provider) return info;
    return kProviders.back();
}

std::string providerBaseUrl(Provider provider)
{
    const ProviderInfo& info = providerInfo(provider);
    std::string base = info.defaultBaseUrl;
    if (info.baseUrlVariable)
        if (auto v = envNonEmpty(info.baseUrlVariable)) base = *v;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base;
}

std::string providerApiKey(Provider provider)
{
    loadDotEnvOnce();
    const ProviderInfo& info = providerInfo(provider);
    if (!info.keyVariable) return {};
    return envValue(info.keyVariable).value_or(std::string());
}

} // namespace vr::llm
