#include "protocol/json_log.h"

#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>
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

struct LogState {
    std::mutex mutex;
    int minimumRank = -1; // unset: VALUERANK_LOG_LEVEL, else trace
    std::function<void(const std::string&)> sink;
    std::vector<std::string> secrets;
};

LogState& state()
{
    static LogState s;
    return s;
}

// Secrets shorter than this would redact ordinary words; real provider keys are far longer.
constexpr size_t kMinSecretLength = 8;

std::string redactLocked(std::string text, const std::vector<std::string>& secrets)
{
    for (const auto& secret : secrets) {
        for (size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos)) {
            text.replace(pos, secret.size(), "[redacted]");
            pos += 10;
        }
    }
    return text;
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
    state().secrets.push_back(secret);
}

std::string redactSecrets(std::string text)
{
    std::lock_guard lock(state().mutex);
    return redactLocked(std::move(text), state().secrets);
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
        for (auto it = fields.begin(); it != fields.end(); ++it) line[it.key()] = std::move(it.value());
    std::string text = dumpPythonStyle(line);
    std::lock_guard lock(state().mutex);
    text = redactLocked(std::move(text), state().secrets);
    if (state().sink) {
        state().sink(text);
        return;
    }
    text += '\n';
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

} // namespace vr
