#include "protocol/envelope.h"

#include "protocol/worker_error.h"

namespace vr {
namespace {

// Deeper documents are refused before parsing: no orchestrator sends them, and they only serve to
// exhaust the stack of whatever walks the tree later.
constexpr int kMaxNestingDepth = 512;

// Returns the byte offset where nesting exceeds the limit, or npos.
size_t tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth) return i;
        } else if (c == ']' || c == '}') --depth;
    }
    return std::string_view::npos;
}

} // namespace

Json successEnvelope(std::string_view payloadKey, Json payload)
{
    Json envelope = Json::object();
    envelope["success"] = true;
    envelope[std::string(payloadKey)] = std::move(payload);
    return envelope;
}

Json errorEnvelope(const WorkerError& error)
{
    Json envelope = Json::object();
    envelope["success"] = false;
    envelope["error"] = error.toJson();
    return envelope;
}

bool isBlank(std::string_view text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

WorkerError invalidJsonError(std::string_view text, std::string_view reason, size_t byteOffset)
{
    byteOffset = std::min(byteOffset, text.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < byteOffset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return WorkerError::bare("Invalid JSON input: " + std::string(reason) + ": line " + std::to_string(line)
                                 + " column " + std::to_string(column) + " (char " + std::to_string(byteOffset) + ")",
                             ErrorCode::ValidationError, false);
}

Json parseWorkerInput(std::string_view text)
{
    if (isBlank(text)) throw WorkerError::bare("No input provided", ErrorCode::ValidationError, false);
    if (const auto at = tooDeepAt(text); at != std::string_view::npos)
        throw invalidJsonError(text, "Nesting deeper than " + std::to_string(kMaxNestingDepth) + " levels", at);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        std::string reason = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …" → "syntax error …"
        if (const auto colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
        const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw invalidJsonError(text, reason, offset);
    } catch (const nlohmann::json::exception& e) {
        // e.g. a number too large for a double ("1e99999"), which nlohmann reports as out_of_range.
        std::string reason = e.what();
        if (const auto bracket = reason.find("] "); bracket != std::string::npos) reason = reason.substr(bracket + 2);
        throw invalidJsonError(text, reason, 0);
    }
}

} // namespace vr
