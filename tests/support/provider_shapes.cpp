#include "provider_shapes.h"

#include "protocol/json.h"

#include <QStringList>

namespace vr::test {
namespace {

QByteArray sse(const Json& data, const char* event = nullptr)
{
    QByteArray out;
    if (event) out += QByteArray("event: ") + event + "\n";
    out += "data: " + QByteArray::fromStdString(data.dump()) + "\n\n";
    return out;
}

QStringList pieces(const std::string& text)
{
    QStringList out;
    const QString t = QString::fromStdString(text);
    qsizetype from = 0;
    for (qsizetype i = 0; i <= t.size(); ++i)
        if (i == t.size() || t[i] == ' ') {
            out << t.mid(from, i + 1 - from);
            from = i + 1;
        }
    return out;
}

} // namespace

ProviderFamily familyOf(const RecordedRequest& request)
{
    if (request.target.contains("/chat/completions")) return ProviderFamily::OpenAiCompatible;
    if (request.target.contains("/v1/messages")) return ProviderFamily::Anthropic;
    if (request.target.contains("enerateContent")) return ProviderFamily::Gemini;
    return ProviderFamily::Unknown;
}

bool wantsStream(const RecordedRequest& request)
{
    if (request.target.contains(":streamGenerateContent")) return true;
    const Json body = Json::parse(request.body.toStdString(), nullptr, false);
    return body.is_object() && body.value("stream", false) == true;
}

MockReply providerStream(ProviderFamily family, const CannedAnswer& a)
{
    MockReply reply;
    const QStringList words = pieces(a.text);
    switch (family) {
    case ProviderFamily::OpenAiCompatible:
        for (const QString& w : words)
            reply.sseEvents << sse({{"id", "chatcmpl-1"}, {"model", a.model},
                                    {"choices", Json::array({{{"index", 0}, {"delta", {{"content", w.toStdString()}}}, {"finish_reason", nullptr}}})}});
        reply.sseEvents << sse({{"id", "chatcmpl-1"}, {"model", a.model},
                                {"choices", Json::array({{{"index", 0}, {"delta", Json::object()}, {"finish_reason", "stop"}}})}});
        reply.sseEvents << sse({{"id", "chatcmpl-1"}, {"model", a.model}, {"choices", Json::array()},
                                {"usage", {{"prompt_tokens", a.inputTokens}, {"completion_tokens", a.outputTokens}}}});
        reply.sseEvents << "data: [DONE]\n\n";
        break;
    case ProviderFamily::Anthropic:
        reply.sseEvents << sse({{"type", "message_start"},
                                {"message", {{"id", "msg_1"}, {"model", a.model}, {"usage", {{"input_tokens", a.inputTokens}, {"output_tokens", 1}}}}}},
                               "message_start");
        reply.sseEvents << sse({{"type", "content_block_start"}, {"index", 0}, {"content_block", {{"type", "text"}, {"text", ""}}}},
                               "content_block_start");
        for (const QString& w : words)
            reply.sseEvents << sse({{"type", "content_block_delta"}, {"index", 0}, {"delta", {{"type", "text_delta"}, {"text", w.toStdString()}}}},
                                   "content_block_delta");
        reply.sseEvents << sse({{"type", "content_block_stop"}, {"index", 0}}, "content_block_stop");
        reply.sseEvents << sse({{"type", "message_delta"}, {"delta", {{"stop_reason", "end_turn"}}}, {"usage", {{"output_tokens", a.outputTokens}}}},
                               "message_delta");
        reply.sseEvents << sse({{"type", "message_stop"}}, "message_stop");
        break;
    case ProviderFamily::Gemini:
        for (qsizetype i = 0; i < words.size(); ++i) {
            Json candidate = {{"content", {{"parts", Json::array({{{"text", words[i].toStdString()}}})}, {"role", "model"}}}};
            if (i + 1 == words.size()) candidate["finishReason"] = "STOP";
            reply.sseEvents << sse({{"candidates", Json::array({candidate})},
                                    {"usageMetadata", {{"promptTokenCount", a.inputTokens}, {"candidatesTokenCount", a.outputTokens}}}});
        }
        break;
    case ProviderFamily::Unknown: break;
    }
    return reply;
}

MockReply providerSuccess(const RecordedRequest& request, const CannedAnswer& a)
{
    const ProviderFamily family = familyOf(request);
    if (wantsStream(request)) return providerStream(family, a);
    Json body;
    switch (family) {
    case ProviderFamily::OpenAiCompatible:
        body = {{"id", "chatcmpl-1"}, {"object", "chat.completion"}, {"model", a.model},
                {"choices", Json::array({{{"index", 0}, {"message", {{"role", "assistant"}, {"content", a.text}}}, {"finish_reason", "stop"}}})},
                {"usage", {{"prompt_tokens", a.inputTokens}, {"completion_tokens", a.outputTokens}}}};
        break;
    case ProviderFamily::Anthropic:
        body = {{"id", "msg_1"}, {"type", "message"}, {"model", a.model},
                {"content", Json::array({{{"type", "text"}, {"text", a.text}}})}, {"stop_reason", "end_turn"},
                {"usage", {{"input_tokens", a.inputTokens}, {"output_tokens", a.outputTokens}}}};
        break;
    case ProviderFamily::Gemini:
        body = {{"candidates", Json::array({{{"content", {{"parts", Json::array({{{"text", a.text}}})}, {"role", "model"}}}, {"finishReason", "STOP"}}})},
                {"usageMetadata", {{"promptTokenCount", a.inputTokens}, {"candidatesTokenCount", a.outputTokens}}}};
        break;
    case ProviderFamily::Unknown: return MockReply::text("unknown endpoint", 404);
    }
    return MockReply::json(QByteArray::fromStdString(body.dump()));
}

} // namespace vr::test
