#include "llm/provider_adapter.h"

#include "llm/anthropic_adapter.h"
#include "llm/gemini_adapter.h"
#include "llm/openai_compatible_adapter.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

namespace vr::llm {

ChatResponse TextStreamDecoder::result() const
{
    ChatResponse r = m_response;
    r.content = pyStrip(m_text);
    return r;
}

std::unique_ptr<ProviderAdapter> makeProviderAdapter(Provider provider)
{
    switch (provider) {
    case Provider::Anthropic: return std::make_unique<AnthropicAdapter>();
    case Provider::Google: return std::make_unique<GeminiAdapter>();
    case Provider::OpenAI:
    case Provider::XAI:
    case Provider::DeepSeek:
    case Provider::Mistral:
    case Provider::Local: return std::make_unique<OpenAiCompatibleAdapter>(provider);
    default: return nullptr;
    }
}

namespace adapter_detail {

std::string requireKey(const ProviderInfo& info)
{
    std::string key = providerApiKey(info.provider);
    if (key.empty() && info.keyRequired)
        throw WorkerError::llm(std::string(info.keyVariable) + " is not set", ErrorCode::MissingApiKey);
    return key;
}

void throwUnexpectedFormat(const ProviderInfo& info, const std::string& reason)
{
    throw WorkerError::llm("Unexpected " + std::string(info.displayName) + " response format", ErrorCode::InvalidResponse,
                           std::nullopt, reason);
}

const Json& member(const ProviderInfo& info, const Json& object, const char* key)
{
    static const Json null;
    if (!object.is_object()) throwUnexpectedFormat(info, std::string("expected an object holding '") + key + "'");
    const auto it = object.find(key);
    if (it == object.end()) throwUnexpectedFormat(info, std::string("'") + key + "'");
    return *it;
}

const Json& optionalObject(const Json& object, const char* key)
{
    static const Json empty = Json::object();
    const auto it = object.find(key);
    if (it == object.end()) return empty;
    if (!it->is_object())
        throw InputTypeError("'" + std::string(it->type_name()) + "' object has no attribute 'get'", "AttributeError");
    return *it;
}

std::string messagesText(const Json& content)
{
    if (content.is_string()) return content.get<std::string>();
    return {};
}

} // namespace adapter_detail
} // namespace vr::llm
