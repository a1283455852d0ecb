#include "llm/openai_compatible_adapter.h"

#include "llm/model_capabilities.h"
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
        if (chunk.contains("error") && chunk["error"].is_object()) throwStreamError(m_info, chunk["error"]);
        // The first non-empty model name (Azure-style streams open with "model": "").
        if (chunk.contains("model") && chunk["model"].is_string() && !chunk["model"].get<std::string>().empty() && m_response.modelVersion.is_null())
            m_response.modelVersion = chunk["model"];
        if (chunk.contains("usage") && chunk["usage"].is_object()) {
            m_response.inputTokens = chunk["usage"].value("prompt_tokens", Json());
            m_response.outputTokens = chunk["usage"].value("completion_tokens", Json());
            m_response.reasoningTokens = reasoningTokensOf(chunk["usage"]);
        }
        std::string delta;
        if (chunk.contains("choices") && chunk["choices"].is_array() && !chunk["choices"].empty()) {
            const Json& choice = chunk["choices"][0];
            if (choice.contains("delta") && choice["delta"].is_object()) {
                const Json& d = choice["delta"];
                if (!readContent(d.value("content", Json()), delta, m_response.reasoning))
                    throwUnexpectedFormat(m_info, "delta.content is neither text nor a list of chunks");
                for (const char* field : {"reasoning_content", "reasoning"})
                    if (d.contains(field) && d[field].is_string()) m_response.reasoning += d[field].get<std::string>();
                if (d.contains("refusal") && d["refusal"].is_string()) m_refusal = true;
            }
            if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
                m_response.finishReason = choice["finish_reason"].get<std::string>();
        }
        return append(std::move(delta));
    }

public:
    ChatResponse result() const override
    {
        ChatResponse r = TextStreamDecoder::result();
        r.reasoningBilledApart = m_info.provider == Provider::XAI;
        if (m_refusal) r.stopReason = "refusal";
        return r;
    }

private:
    const ProviderInfo& m_info;
    bool m_refusal = false;
};

} // namespace

HttpRequestSpec OpenAiCompatibleAdapter::buildRequest(const std::string& model, const ChatRequest& request, bool stream) const
{
    const std::string key = requireKey(m_info);
    // Only OpenAI and local servers read a modelConfig (as the reference); otherwise the capabilities table.
    const bool readsModelConfig = m_info.provider == Provider::OpenAI || m_info.provider == Provider::Local;
    const ModelCapabilities caps = requestCapabilities(m_info.provider, model, readsModelConfig ? request.modelConfig : Json());
    std::string maxTokensParam = caps.tokenLimitParam;
    if (request.omits("max_tokens")) maxTokensParam = "max_completion_tokens";

    Json messages = Json::array();
    for (const ChatMessage& m : request.messages) messages.push_back({{"role", m.role}, {"content", sentContent(m)}});
    Json body = Json::object();
    body["model"] = model;
    body["messages"] = std::move(messages);
    if (sendsTemperature(caps, request)) body["temperature"] = request.temperature;
    Json maxTokens = request.maxTokens;
    if (m_info.provider == Provider::DeepSeek) {
        if (!maxTokens.is_number()) throw InputTypeError("'<' not supported between instances of 'NoneType' and 'int'", "TypeError");
        if (maxTokens.get<double>() > kDeepSeekMaxTokens) maxTokens = kDeepSeekMaxTokens;
    }
    body[maxTokensParam] = maxTokens;
    if (m_info.provider != Provider::DeepSeek && sendsSeed(caps, request))
        body[m_info.provider == Provider::Mistral ? "random_seed" : "seed"] = request.seed;
    if (stream) {
        body["stream"] = true;
        // Mistral answers 422 to stream_options and reports usage in its last chunk anyway.
        if (m_info.provider != Provider::Mistral && !request.omits("stream_options")) body["stream_options"] = {{"include_usage", true}};
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
    ChatResponse r;
    std::string text;
    if (!readContent(content, text, r.reasoning)) throwUnexpectedFormat(m_info, "message.content is neither text nor a list of chunks");
    r.content = pyStrip(text);
    for (const char* field : {"reasoning_content", "reasoning"})
        if (message.contains(field) && message[field].is_string()) r.reasoning += message[field].get<std::string>();
    const Json& usage = optionalObject(body, "usage");
    r.inputTokens = usage.value("prompt_tokens", Json());
    r.outputTokens = usage.value("completion_tokens", Json());
    r.reasoningTokens = reasoningTokensOf(usage);
    r.reasoningBilledApart = m_info.provider == Provider::XAI;
    r.modelVersion = body.value("model", Json());
    if (choices[0].is_object() && choices[0].contains("finish_reason") && choices[0]["finish_reason"].is_string())
        r.finishReason = choices[0]["finish_reason"].get<std::string>();
    const bool refused = message.contains("refusal") && message["refusal"].is_string() && !message["refusal"].get<std::string>().empty();
    if (refused) r.stopReason = "refusal";
    return r;
}

std::unique_ptr<StreamDecoder> OpenAiCompatibleAdapter::makeStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>(m_info);
}

} // namespace vr::llm
