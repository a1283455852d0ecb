#include "llm/provider_adapter.h"

#include "llm/anthropic_adapter.h"
#include "llm/gemini_adapter.h"
#include "llm/openai_compatible_adapter.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <cctype>

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

std::string normalizeStopReason(const std::string& finishReason)
{
    std::string r = finishReason;
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (r.empty()) return {};
    if (r == "stop" || r == "end_turn" || r == "stop_sequence" || r == "tool_calls" || r == "tool_use" || r == "function_call"
        || r == "pause_turn" || r == "eos")
        return "stop";
    if (r == "length" || r == "max_tokens" || r == "model_length" || r == "model_context_window_exceeded") return "length";
    if (r == "content_filter" || r == "safety" || r == "recitation" || r == "blocklist" || r == "prohibited_content" || r == "spii"
        || r == "image_safety")
        return "content_filter";
    if (r == "refusal") return "refusal";
    if (r == "error" || r == "other" || r == "malformed_function_call" || r == "language") return "error";
    return {};
}

bool readContent(const Json& content, std::string& text, std::string& reasoning)
{
    if (content.is_null()) return true;
    if (content.is_string()) {
        text += content.get<std::string>();
        return true;
    }
    if (!content.is_array()) return false;
    for (const Json& chunk : content) {
        if (chunk.is_string()) {
            text += chunk.get<std::string>();
            continue;
        }
        if (!chunk.is_object()) return false;
        const std::string type = chunk.value("type", std::string());
        if (type == "text" && chunk.contains("text") && chunk["text"].is_string()) {
            text += chunk["text"].get<std::string>();
        } else if (type == "thinking") {
            std::string inner;
            readContent(chunk.value("thinking", Json()), reasoning, inner);
        }
    }
    return true;
}

std::string sentContent(const ChatMessage& message)
{
    if (message.role == "assistant" && pyStrip(message.content).empty()) return kEmptyAnswerText;
    return message.content;
}

void throwStreamError(const ProviderInfo& info, const Json& error)
{
    const std::string type = error.is_object() ? error.value("type", error.value("code", std::string())) : std::string();
    const std::string message = error.is_object() && error.contains("message") && error["message"].is_string() ? error["message"].get<std::string>() : std::string();
    const std::string text = std::string(info.displayName) + " stream error: " + (type.empty() ? "error" : type) + (message.empty() ? "" : ": " + message);
    std::string lower = type;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("overloaded") != std::string::npos || lower.find("api_error") != std::string::npos || lower.find("server") != std::string::npos
        || lower.find("unavailable") != std::string::npos || lower.find("internal") != std::string::npos)
        throw WorkerError::llm(text, ErrorCode::ServerError, std::nullopt, error.dump());
    if (lower.find("rate_limit") != std::string::npos) throw WorkerError::llm(text, ErrorCode::RateLimit, std::nullopt, error.dump());
    throw WorkerError::llm(text, ErrorCode::InvalidResponse, std::nullopt, error.dump());
}

Json reasoningTokensOf(const Json& usage)
{
    if (!usage.is_object()) return Json();
    const auto details = usage.find("completion_tokens_details");
    if (details == usage.end() || !details->is_object()) return Json();
    const auto tokens = details->find("reasoning_tokens");
    return tokens != details->end() && tokens->is_number() ? *tokens : Json();
}

} // namespace adapter_detail
} // namespace vr::llm
