#include "protocol/json_log.h"

#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <deque>
#include <mutex>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace vr {
namespace {

int levelRank(std::string_view level)
{
    if (level == "trace") return 0;
    if (level == "debug") return 1;
    if (level == "info") return 2;
    if (level == "warn") return 3;
    if (level == "error") return 4;
    return 0;
}

// Secrets shorter than this would redact ordinary words; real provider keys are far longer. It is also the
// shortest fragment of a key that is removed: a text cut in the middle of a key (an error body truncated at 500
// characters) or a provider quoting part of it keeps no run of this many of the key's characters.
constexpr size_t kMinSecretLength = 8;

struct LogState {
    std::mutex mutex;
    int minimumRank = -1; // unset: VALUERANK_LOG_LEVEL, else trace
    std::function<void(const std::string&)> sink;
    std::deque<std::string> secrets;
    std::unordered_set<std::string_view> fragments; // every kMinSecretLength-byte window of every secret
};

LogState& state()
{
    static LogState s;
    return s;
}

// Replaces every run of text covered by windows that occur in a secret with one "[redacted]": whole keys and
// any fragment of kMinSecretLength characters or more.
std::string redactLocked(std::string text, const LogState& s)
{
    if (s.fragments.empty() || text.size() < kMinSecretLength) return text;
    std::vector<bool> covered;
    for (size_t pos = 0; pos + kMinSecretLength <= text.size(); ++pos) {
        if (!s.fragments.count(std::string_view(text).substr(pos, kMinSecretLength))) continue;
        if (covered.empty()) covered.assign(text.size(), false);
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(pos), covered.begin() + static_cast<std::ptrdiff_t>(pos + kMinSecretLength), true);
    }
    if (covered.empty()) return text;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (!covered[i]) {
            out += text[i++];
            continue;
        }
        out += "[redacted]";
        while (i < text.size() && covered[i]) ++i;
    }
    return out;
}

} // namespace

Json JsonLogger::errField(const WorkerError& error)
{
    return errField(error.typeName(), error.message());
}

Json JsonLogger::errField(std::string_view typeName, std::string_view message)
{
    return Json{{"type", std::string(typeName)}, {"message", std::string(message)}};
}

void JsonLogger::setSink(std::function<void(const std::string&)> sink)
{
    std::lock_guard lock(state().mutex);
    state().sink = std::move(sink);
}

void JsonLogger::addSecret(const std::string& secret)
{
    if (secret.size() < kMinSecretLength) return;
    std::lock_guard lock(state().mutex);
    for (const auto& s : state().secrets)
        if (s == secret) return;
    const std::string& stored = state().secrets.emplace_back(secret); // a deque: the windows' views stay valid
    for (size_t pos = 0; pos + kMinSecretLength <= stored.size(); ++pos)
        state().fragments.insert(std::string_view(stored).substr(pos, kMinSecretLength));
}

std::string redactSecrets(std::string text)
{
    std::lock_guard lock(state().mutex);
    return redactLocked(std::move(text), state());
}

void JsonLogger::setMinimumLevel(std::string_view level)
{
    std::lock_guard lock(state().mutex);
    state().minimumRank = levelRank(level);
}

void JsonLogger::write(std::string_view level, std::string_view msg, Json fields) const
{
    {
        std::lock_guard lock(state().mutex);
        if (state().minimumRank < 0) {
            const char* env = std::getenv("VALUERANK_LOG_LEVEL");
            state().minimumRank = env ? levelRank(env) : 0;
        }
        if (levelRank(level) < state().minimumRank) return;
    }
    Json line = Json::object();
    line["level"] = std::string(level);
    line["time"] = epochMillisNow();
    line["context"] = m_context;
    line["msg"] = std::string(msg);
    if (fields.is_object())
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            // An echoed input field can be huge (a 300 MB runId): a log line keeps its start and says how much is cut.
            constexpr size_t kMaxFieldChars = 1000;
            if (it.value().is_string() && it.value().get_ref<const std::string&>().size() > kMaxFieldChars) {
                const std::string& full = it.value().get_ref<const std::string&>();
                it.value() = codePointPrefix(full, kMaxFieldChars) + "… [" + std::to_string(full.size()) + " bytes in all]";
            }
            line[it.key()] = std::move(it.value());
        }
    std::string text = dumpPythonStyle(line);
    std::lock_guard lock(state().mutex);
    text = redactLocked(std::move(text), state());
    if (state().sink) {
        state().sink(text);
        return;
    }
    text += '\n';
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

} // namespace vr
