#include "llm/gemini_adapter.h"

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
        readUsage(chunk, m_response);
        std::string delta;
        if (chunk.contains("candidates") && chunk["candidates"].is_array() && !chunk["candidates"].empty()) {
            const Json& candidate = chunk["candidates"][0];
            if (candidate.is_object() && candidate.contains("content") && candidate["content"].is_object()
                && candidate["content"].contains("parts") && candidate["content"]["parts"].is_array())
                for (const Json& part : candidate["content"]["parts"])
                    if (part.is_object()) delta += messagesText(part.value("text", Json()));
            if (candidate.is_object() && candidate.contains("finishReason") && candidate["finishReason"].is_string()) {
                m_response.finishReason = candidate["finishReason"].get<std::string>();
                m_done = true;
            }
        }
        return append(std::move(delta));
    }
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
        contents.push_back({{"role", m.role == "user" ? "user" : "model"}, {"parts", Json::array({{{"text", m.content}}})}});
    }
    if (contents.empty()) contents.push_back({{"role", "user"}, {"parts", Json::array({{{"text", ""}}})}});
    Json body = Json::object();
    body["contents"] = std::move(contents);
    body["generationConfig"] = {{"temperature", request.temperature}, {"maxOutputTokens", request.maxTokens}};
    if (!request.seed.is_null()) body["generationConfig"]["seed"] = request.seed;
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
    std::string joined;
    for (const Json& part : parts) {
        if (!part.is_object()) throwUnexpectedFormat(info(), "part is not an object");
        const std::string text = pyStrip(messagesText(part.value("text", Json(""))));
        if (text.empty()) continue;
        if (!joined.empty()) joined += '\n';
        joined += text;
    }
    ChatResponse r;
    r.content = joined;
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
