#include "llm/openai_compatible_adapter.h"

#include "protocol/json_log.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

namespace vr::llm {
namespace {

using namespace adapter_detail;

constexpr long long kDeepSeekMaxTokens = 8192;

class OpenAiStreamDecoder : public TextStreamDecoder {
public:
    explicit OpenAiStreamDecoder(const ProviderInfo& info) : m_info(info) {}
    const ProviderInfo& formatInfo() const { return m_info; }

    std::string onEvent(const SseEvent& event) override
    {
        return readingFormat(formatInfo(), [&] { return decode(event); });
    }

private:
    std::string decode(const SseEvent& event)
    {
        if (event.data == "[DONE]") {
            m_done = true;
            return {};
        }
        const Json chunk = Json::parse(event.data, nullptr, false);
        if (chunk.is_discarded() || !chunk.is_object()) throwUnexpectedFormat(m_info, "stream chunk is not a JSON object");
        if (chunk.contains("model") && m_response.modelVersion.is_null()) m_response.modelVersion = chunk["model"];
        if (chunk.contains("usage") && chunk["usage"].is_object()) {
            m_response.inputTokens = chunk["usage"].value("prompt_tokens", Json());
            m_response.outputTokens = chunk["usage"].value("completion_tokens", Json());
        }
        std::string delta;
        if (chunk.contains("choices") && chunk["choices"].is_array() && !chunk["choices"].empty()) {
            const Json& choice = chunk["choices"][0];
            if (choice.contains("delta") && choice["delta"].is_object()) delta = messagesText(choice["delta"].value("content", Json()));
            if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
                m_response.finishReason = choice["finish_reason"].get<std::string>();
        }
        return append(std::move(delta));
    }

private:
    const ProviderInfo& m_info;
};

} // namespace

HttpRequestSpec OpenAiCompatibleAdapter::buildRequest(const std::string& model, const ChatRequest& request, bool stream) const
{
    const std::string key = requireKey(m_info);
    std::string maxTokensParam = "max_tokens";
    const bool readsModelConfig = m_info.provider == Provider::OpenAI || m_info.provider == Provider::Local;
    if (readsModelConfig && isTruthy(request.modelConfig) && request.modelConfig.is_object()
        && request.modelConfig.contains("maxTokensParam") && request.modelConfig["maxTokensParam"].is_string())
        maxTokensParam = request.modelConfig["maxTokensParam"].get<std::string>();

    Json messages = Json::array();
    for (const ChatMessage& m : request.messages) messages.push_back({{"role", m.role}, {"content", m.content}});
    Json body = Json::object();
    body["model"] = model;
    body["messages"] = std::move(messages);
    body["temperature"] = request.temperature;
    Json maxTokens = request.maxTokens;
    if (m_info.provider == Provider::DeepSeek) {
        if (!maxTokens.is_number()) throw InputTypeError("'<' not supported between instances of 'NoneType' and 'int'", "TypeError");
        if (maxTokens.get<double>() > kDeepSeekMaxTokens) maxTokens = kDeepSeekMaxTokens;
    }
    body[maxTokensParam] = maxTokens;
    if (!request.seed.is_null() && m_info.provider != Provider::DeepSeek)
        body[m_info.provider == Provider::Mistral ? "random_seed" : "seed"] = request.seed;
    if (stream) {
        body["stream"] = true;
        body["stream_options"] = {{"include_usage", true}};
    }
    Json fields = {{"model", model}};
    if (m_info.provider == Provider::OpenAI) fields["max_tokens_param"] = maxTokensParam;
    JsonLogger("llm_adapters").debug("Calling " + std::string(m_info.displayName) + " API", fields);

    HttpRequestSpec spec;
    spec.url = providerBaseUrl(m_info.provider) + "/chat/completions";
    if (!key.empty()) spec.headers.emplace_back("Authorization", "Bearer " + key);
    spec.headers.emplace_back("Content-Type", "application/json");
    spec.body = body.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
    return spec;
}

ChatResponse OpenAiCompatibleAdapter::parseResponse(const Json& body) const
{
    return readingFormat(info(), [&] { return read(body); });
}

ChatResponse OpenAiCompatibleAdapter::read(const Json& body) const
{
    const Json& choices = member(m_info, body, "choices");
    if (!choices.is_array() || choices.empty()) throwUnexpectedFormat(m_info, "list index out of range");
    const Json& message = member(m_info, choices[0], "message");
    const Json& content = member(m_info, message, "content");
    if (!content.is_null() && !content.is_string()) throwUnexpectedFormat(m_info, "message.content is not a string");
    ChatResponse r;
    r.content = pyStrip(messagesText(content));
    const Json& usage = optionalObject(body, "usage");
    r.inputTokens = usage.value("prompt_tokens", Json());
    r.outputTokens = usage.value("completion_tokens", Json());
    r.modelVersion = body.value("model", Json());
    if (choices[0].is_object() && choices[0].contains("finish_reason") && choices[0]["finish_reason"].is_string())
        r.finishReason = choices[0]["finish_reason"].get<std::string>();
    return r;
}

std::unique_ptr<StreamDecoder> OpenAiCompatibleAdapter::makeStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>(m_info);
}

} // namespace vr::llm
