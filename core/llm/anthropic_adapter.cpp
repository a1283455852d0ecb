#include "llm/anthropic_adapter.h"

#include "llm/model_capabilities.h"
#include "protocol/json_log.h"
#include "protocol/python_format.h"

#include <map>

namespace vr::llm {
namespace {

using namespace adapter_detail;

class AnthropicStreamDecoder : public StreamDecoder {
public:
    static const ProviderInfo& formatInfo() { return providerInfo(Provider::Anthropic); }
    std::string onEvent(const SseEvent& event) override
    {
        return readingFormat(formatInfo(), [&] { return decode(event); });
    }

private:
    std::string decode(const SseEvent& event)
    {
        const Json data = Json::parse(event.data, nullptr, false);
        if (data.is_discarded() || !data.is_object())
            throwUnexpectedFormat(providerInfo(Provider::Anthropic), "stream event is not a JSON object");
        const std::string type = data.value("type", event.event);
        if (type == "message_start" && data.contains("message") && data["message"].is_object()) {
            const Json& message = data["message"];
            if (message.contains("model") && message["model"].is_string() && !message["model"].get<std::string>().empty())
                m_response.modelVersion = message["model"];
            if (message.contains("usage") && message["usage"].is_object()) {
                m_response.inputTokens = message["usage"].value("input_tokens", Json());
                if (message["usage"].contains("output_tokens")) m_response.outputTokens = message["usage"]["output_tokens"];
            }
        } else if (type == "content_block_start" && data.contains("content_block") && data["content_block"].is_object()) {
            const Json& block = data["content_block"];
            const std::string blockType = block.value("type", std::string());
            if (blockType == "text") return append(data.value("index", 0), messagesText(block.value("text", Json())));
            if (blockType == "thinking") m_thinking[data.value("index", 0)] += messagesText(block.value("thinking", Json()));
            if (blockType == "redacted_thinking") m_thinking[data.value("index", 0)] += "[redacted thinking]";
        } else if (type == "content_block_delta" && data.contains("delta") && data["delta"].is_object()) {
            const Json& delta = data["delta"];
            const std::string deltaType = delta.value("type", std::string());
            if (deltaType == "text_delta") return append(data.value("index", 0), messagesText(delta.value("text", Json())));
            if (deltaType == "thinking_delta") m_thinking[data.value("index", 0)] += messagesText(delta.value("thinking", Json()));
        } else if (type == "message_delta") {
            if (data.contains("delta") && data["delta"].is_object() && data["delta"].contains("stop_reason")
                && data["delta"]["stop_reason"].is_string())
                m_response.finishReason = data["delta"]["stop_reason"].get<std::string>();
            // The latest counts win: message_delta may carry the final input_tokens as well as output_tokens.
            if (data.contains("usage") && data["usage"].is_object()) {
                const Json& usage = data["usage"];
                if (usage.contains("output_tokens") && !usage["output_tokens"].is_null()) m_response.outputTokens = usage["output_tokens"];
                if (usage.contains("input_tokens") && !usage["input_tokens"].is_null()) m_response.inputTokens = usage["input_tokens"];
            }
        } else if (type == "message_stop") {
            m_done = true;
        } else if (type == "error") {
            // The streaming form of an HTTP error (overloaded_error is a 529): retried like it.
            throwStreamError(providerInfo(Provider::Anthropic), data.value("error", Json::object()));
        }
        return {};
    }
    bool complete() const override { return m_done; }
    ChatResponse result() const override
    {
        ChatResponse r = m_response;
        std::string joined;
        bool first = true;
        for (const auto& [index, text] : m_blocks) {
            if (!first) joined += '\n';
            joined += text;
            first = false;
        }
        r.content = pyStrip(joined);
        std::string reasoning;
        for (const auto& [index, text] : m_thinking) {
            if (!reasoning.empty()) reasoning += '\n';
            reasoning += text;
        }
        r.reasoning = reasoning;
        return r;
    }

private:
    std::string append(int index, const std::string& text)
    {
        m_blocks[index] += text;
        // The blocks are joined with "\n" in the final answer; show the separator as the next block begins.
        if (index != m_lastIndex && m_lastIndex >= 0 && !text.empty()) {
            m_lastIndex = index;
            return "\n" + text;
        }
        m_lastIndex = index;
        return text;
    }
    ChatResponse m_response;
    std::map<int, std::string> m_blocks;
    std::map<int, std::string> m_thinking;
    int m_lastIndex = -1;
    bool m_done = false;
};

} // namespace

HttpRequestSpec AnthropicAdapter::buildRequest(const std::string& model, const ChatRequest& request, bool stream) const
{
    const std::string key = requireKey(info());
    std::string system;
    bool hasSystem = false;
    Json messages = Json::array();
    for (const ChatMessage& m : request.messages) {
        if (m.role == "system") {
            if (hasSystem) system += "\n\n";
            system += m.content;
            hasSystem = true;
        } else {
            messages.push_back({{"role", m.role}, {"content", sentContent(m)}});
        }
    }
    if (messages.empty()) messages.push_back({{"role", "user"}, {"content", ""}});
    Json body = Json::object();
    body["model"] = model;
    body["max_tokens"] = request.maxTokens;
    body["messages"] = std::move(messages);
    if (hasSystem) body["system"] = system;
    const ModelCapabilities caps = requestCapabilities(Provider::Anthropic, model, request.modelConfig);
    if (sendsTemperature(caps, request)) body["temperature"] = request.temperature;
    if (stream) body["stream"] = true;
    JsonLogger("llm_adapters").debug("Calling Anthropic API", {{"model", model}});

    HttpRequestSpec spec;
    spec.url = providerBaseUrl(Provider::Anthropic) + "/v1/messages";
    spec.headers = {{"x-api-key", key}, {"anthropic-version", "2023-06-01"}, {"Content-Type", "application/json"}};
    spec.body = body.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
    return spec;
}

ChatResponse AnthropicAdapter::parseResponse(const Json& body) const
{
    return readingFormat(info(), [&] { return read(body); });
}

ChatResponse AnthropicAdapter::read(const Json& body) const
{
    const Json& content = member(info(), body, "content");
    if (!content.is_array()) throwUnexpectedFormat(info(), "content is not a list");
    std::string joined, reasoning;
    bool first = true;
    for (const Json& block : content) {
        if (!block.is_object()) throwUnexpectedFormat(info(), "content block is not an object");
        const Json type = block.value("type", Json());
        if (type == "thinking" || type == "redacted_thinking") {
            if (!reasoning.empty()) reasoning += '\n';
            reasoning += type == "thinking" ? messagesText(block.value("thinking", Json(""))) : std::string("[redacted thinking]");
            continue;
        }
        if (type != "text") continue;
        if (!first) joined += '\n';
        joined += messagesText(block.value("text", Json("")));
        first = false;
    }
    ChatResponse r;
    r.content = pyStrip(joined);
    r.reasoning = reasoning;
    const Json& usage = optionalObject(body, "usage");
    r.inputTokens = usage.value("input_tokens", Json());
    r.outputTokens = usage.value("output_tokens", Json());
    r.modelVersion = body.value("model", Json());
    if (body.contains("stop_reason") && body["stop_reason"].is_string()) r.finishReason = body["stop_reason"].get<std::string>();
    return r;
}

std::unique_ptr<StreamDecoder> AnthropicAdapter::makeStreamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

} // namespace vr::llm
