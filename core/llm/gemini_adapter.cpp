#include "llm/gemini_adapter.h"

#include "llm/model_capabilities.h"
#include "protocol/json_log.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <QUrl>

namespace vr::llm {
namespace {

using namespace adapter_detail;

void readUsage(const Json& body, ChatResponse& r)
{
    const Json& usage = optionalObject(body, "usageMetadata");
    if (usage.contains("promptTokenCount")) r.inputTokens = usage["promptTokenCount"];
    if (usage.contains("candidatesTokenCount")) r.outputTokens = usage["candidatesTokenCount"];
    // Thinking models report their thoughts apart from the answer, and bill them as output.
    if (usage.contains("thoughtsTokenCount")) r.reasoningTokens = usage["thoughtsTokenCount"];
    r.reasoningBilledApart = true;
}

// A part's text goes to the answer, or to the reasoning when the part is a thought.
void readPart(const Json& part, std::string& text, std::string& reasoning)
{
    const std::string piece = messagesText(part.value("text", Json()));
    if (part.value("thought", false) == true) reasoning += piece;
    else text += piece;
}

class GeminiStreamDecoder : public TextStreamDecoder {
public:
    static const ProviderInfo& formatInfo() { return providerInfo(Provider::Google); }
    std::string onEvent(const SseEvent& event) override
    {
        return readingFormat(formatInfo(), [&] { return decode(event); });
    }

private:
    std::string decode(const SseEvent& event)
    {
        const Json chunk = Json::parse(event.data, nullptr, false);
        if (chunk.is_discarded() || !chunk.is_object())
            throwUnexpectedFormat(providerInfo(Provider::Google), "stream chunk is not a JSON object");
        if (chunk.contains("error") && chunk["error"].is_object()) throwStreamError(formatInfo(), chunk["error"]);
        readUsage(chunk, m_response);
        if (chunk.contains("promptFeedback") && chunk["promptFeedback"].is_object() && chunk["promptFeedback"].contains("blockReason")) {
            m_blockReason = chunk["promptFeedback"]["blockReason"].dump();
            m_done = true; // nothing more will come
        }
        std::string delta;
        if (chunk.contains("candidates") && chunk["candidates"].is_array() && !chunk["candidates"].empty()) {
            m_sawCandidate = true;
            const Json& candidate = chunk["candidates"][0];
            if (candidate.is_object() && candidate.contains("content") && candidate["content"].is_object()
                && candidate["content"].contains("parts") && candidate["content"]["parts"].is_array()) {
                m_sawParts = true;
                for (const Json& part : candidate["content"]["parts"])
                    if (part.is_object()) readPart(part, delta, m_response.reasoning);
            }
            if (candidate.is_object() && candidate.contains("finishReason") && candidate["finishReason"].is_string()) {
                m_response.finishReason = candidate["finishReason"].get<std::string>();
                m_done = true;
            }
        }
        return append(std::move(delta));
    }

public:
    // The plain path's errors, the same for a stream: no candidates (a blocked prompt), or a candidate with no
    // parts (stopped before any text, e.g. MAX_TOKENS while thinking).
    ChatResponse result() const override
    {
        if (!m_sawCandidate)
            throw WorkerError::llm("Gemini response missing candidates", ErrorCode::InvalidResponse, std::nullopt,
                                   m_blockReason.empty() ? std::optional<std::string>() : "blockReason " + m_blockReason);
        if (!m_sawParts) throwUnexpectedFormat(formatInfo(), "'parts'");
        return TextStreamDecoder::result();
    }

private:
    bool m_sawCandidate = false;
    bool m_sawParts = false;
    std::string m_blockReason;
};

} // namespace

HttpRequestSpec GeminiAdapter::buildRequest(const std::string& model, const ChatRequest& request, bool stream) const
{
    const std::string key = requireKey(info());
    Json contents = Json::array();
    std::string system;
    bool hasSystem = false;
    for (const ChatMessage& m : request.messages) {
        if (m.role == "system") {
            if (hasSystem) system += "\n\n";
            system += m.content;
            hasSystem = true;
            continue;
        }
        contents.push_back({{"role", m.role == "user" ? "user" : "model"}, {"parts", Json::array({{{"text", sentContent(m)}}})}});
    }
    if (contents.empty()) contents.push_back({{"role", "user"}, {"parts", Json::array({{{"text", ""}}})}});
    Json body = Json::object();
    body["contents"] = std::move(contents);
    const ModelCapabilities caps = requestCapabilities(Provider::Google, model, request.modelConfig);
    body["generationConfig"] = Json::object();
    if (sendsTemperature(caps, request)) body["generationConfig"]["temperature"] = request.temperature;
    body["generationConfig"]["maxOutputTokens"] = request.maxTokens;
    if (sendsSeed(caps, request)) body["generationConfig"]["seed"] = request.seed;
    if (hasSystem) body["systemInstruction"] = {{"parts", Json::array({{{"text", system}}})}};
    JsonLogger("llm_adapters").debug("Calling Gemini API", {{"model", model}});

    HttpRequestSpec spec;
    const QByteArray encodedKey = QUrl::toPercentEncoding(QString::fromStdString(key));
    spec.url = providerBaseUrl(Provider::Google) + "/models/" + model
        + (stream ? ":streamGenerateContent?alt=sse&key=" : ":generateContent?key=") + encodedKey.toStdString();
    spec.headers = {{"Content-Type", "application/json"}};
    spec.body = body.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
    return spec;
}

ChatResponse GeminiAdapter::parseResponse(const Json& body) const
{
    return readingFormat(info(), [&] { return read(body); });
}

ChatResponse GeminiAdapter::read(const Json& body) const
{
    if (!body.is_object()) throwUnexpectedFormat(info(), "response is not an object");
    const auto candidates = body.find("candidates");
    if (candidates == body.end() || !isTruthy(*candidates))
        throw WorkerError::llm("Gemini response missing candidates", ErrorCode::InvalidResponse);
    if (!candidates->is_array()) throwUnexpectedFormat(info(), "candidates is not a list");
    const Json& content = member(info(), (*candidates)[0], "content");
    const Json& parts = member(info(), content, "parts");
    if (!parts.is_array()) throwUnexpectedFormat(info(), "parts is not a list");
    std::string joined, reasoning;
    for (const Json& part : parts) {
        if (!part.is_object()) throwUnexpectedFormat(info(), "part is not an object");
        const std::string text = pyStrip(messagesText(part.value("text", Json(""))));
        if (text.empty()) continue;
        std::string& target = part.value("thought", false) == true ? reasoning : joined;
        if (!target.empty()) target += '\n';
        target += text;
    }
    ChatResponse r;
    r.content = joined;
    r.reasoning = reasoning;
    readUsage(body, r);
    const Json& first = (*candidates)[0];
    if (first.contains("finishReason") && first["finishReason"].is_string()) r.finishReason = first["finishReason"].get<std::string>();
    return r;
}

std::unique_ptr<StreamDecoder> GeminiAdapter::makeStreamDecoder() const
{
    return std::make_unique<GeminiStreamDecoder>();
}

} // namespace vr::llm
