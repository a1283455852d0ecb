#pragma once
// What differs between providers: how a chat request becomes an HTTP request, how the answer is read, and
// how a stream of server-sent events adds up to the same answer (docs/worker-protocol.md).
#include "llm/chat.h"
#include "llm/provider.h"
#include "llm/sse_parser.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace vr::llm {

struct HttpRequestSpec {
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

// Accumulates one streamed answer. onEvent returns the text the event adds (possibly empty).
class StreamDecoder {
public:
    virtual ~StreamDecoder() = default;
    virtual std::string onEvent(const SseEvent& event) = 0;
    // The provider signalled the end of the answer ([DONE], message_stop, a finish reason).
    virtual bool complete() const = 0;
    virtual ChatResponse result() const = 0;
};

// The common case: text accumulates across events and is stripped at the end, as the plain response is.
class TextStreamDecoder : public StreamDecoder {
public:
    // Done when the provider said so: its end marker, or a finish reason (a stream may stop right after it).
    bool complete() const override { return m_done || !m_response.finishReason.empty(); }
    ChatResponse result() const override;

protected:
    std::string append(std::string delta)
    {
        m_text += delta;
        return delta;
    }
    ChatResponse m_response;
    std::string m_text;
    bool m_done = false;
};

class ProviderAdapter {
public:
    virtual ~ProviderAdapter() = default;
    // Throws MISSING_API_KEY when the provider needs a key that is not set.
    virtual HttpRequestSpec buildRequest(const std::string& model, const ChatRequest& request, bool stream) const = 0;
    // Throws INVALID_RESPONSE "Unexpected <Provider> response format" for a body of the wrong shape.
    virtual ChatResponse parseResponse(const Json& body) const = 0;
    virtual std::unique_ptr<StreamDecoder> makeStreamDecoder() const = 0;
    virtual const ProviderInfo& info() const = 0;
};

// The adapter of an HTTP provider (not Mock or Unknown).
std::unique_ptr<ProviderAdapter> makeProviderAdapter(Provider provider);

// Helpers shared by the adapters.
namespace adapter_detail {
// The key, or MISSING_API_KEY "<VAR> is not set" when the provider requires one and it is empty.
std::string requireKey(const ProviderInfo& info);
// INVALID_RESPONSE "Unexpected <name> response format" with the reason as details.
[[noreturn]] void throwUnexpectedFormat(const ProviderInfo& info, const std::string& reason);
// obj[key] of a JSON object, or a null Json when absent; throws the format error for a non-object.
const Json& member(const ProviderInfo& info, const Json& object, const char* key);
// Python's `x.get(key, {})` followed by `.get(...)`: an absent usage block is fine, a null one is the
// reference's AttributeError.
const Json& optionalObject(const Json& object, const char* key);
std::string messagesText(const Json& content); // a string field, "" for null
// The normalized stop reason of any provider's finish reason: stop, length, content_filter, refusal, error, or
// "" for an unknown or absent one.
std::string normalizeStopReason(const std::string& finishReason);
// A message's content that is a string, null, or a list of typed chunks (Mistral's Magistral): text chunks go
// to `text`, thinking chunks to `reasoning`. Returns false for any other shape.
bool readContent(const Json& content, std::string& text, std::string& reasoning);
// What a history message sends: its text, except that an empty assistant answer (a refusal, a filtered reply)
// is sent as kEmptyAnswerText, because providers refuse empty assistant messages (Anthropic: 400) and the next
// turn must still be asked. The transcript keeps the empty answer as it was.
inline constexpr const char* kEmptyAnswerText = "(no answer)";
std::string sentContent(const ChatMessage& message);
// An error reported inside a stream ({"type": "error", "error": {...}} or {"error": {...}}): overloaded and server
// errors are SERVER_ERROR and rate limits RATE_LIMIT (both retried, as their HTTP forms are); anything else is
// INVALID_RESPONSE.
[[noreturn]] void throwStreamError(const ProviderInfo& info, const Json& error);
// usage.completion_tokens_details.reasoning_tokens, or null.
Json reasoningTokensOf(const Json& usage);
// Runs `read` and turns a JSON type error inside it (a number where a string belongs) into the format error.
template <typename Read>
auto readingFormat(const ProviderInfo& info, Read&& read) -> decltype(read())
{
    try {
        return read();
    } catch (const nlohmann::json::exception& e) {
        throwUnexpectedFormat(info, e.what());
    }
}
} // namespace adapter_detail

} // namespace vr::llm
