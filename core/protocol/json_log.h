#pragma once
// Structured logs on stderr, one JSON object per line (docs/worker-protocol.md):
// {"level", "time" (epoch ms), "context", "msg", then the fields in call order}.
#include "protocol/json.h"

#include <functional>
#include <string>
#include <string_view>

namespace vr {

class WorkerError;

class JsonLogger {
public:
    explicit JsonLogger(std::string context) : m_context(std::move(context)) {}

    void trace(std::string_view msg, Json fields = Json::object()) const { write("trace", msg, std::move(fields)); }
    void debug(std::string_view msg, Json fields = Json::object()) const { write("debug", msg, std::move(fields)); }
    void info(std::string_view msg, Json fields = Json::object()) const { write("info", msg, std::move(fields)); }
    void warn(std::string_view msg, Json fields = Json::object()) const { write("warn", msg, std::move(fields)); }
    void error(std::string_view msg, Json fields = Json::object()) const { write("error", msg, std::move(fields)); }

    // The `err` field of a log line: {"type": class name, "message": text}.
    static Json errField(const WorkerError& error);
    static Json errField(std::string_view typeName, std::string_view message);

    // Where lines go (stderr by default); tests capture them here. Pass nullptr to restore stderr.
    static void setSink(std::function<void(const std::string& line)> sink);

    // Lines below this level are dropped ("trace" keeps everything, as the reference workers do; the CLI and
    // the workbench use "warn"). VALUERANK_LOG_LEVEL overrides it for any program.
    static void setMinimumLevel(std::string_view level);

    // Text that must never reach a log line (API keys): replaced by "[redacted]" in every line written.
    static void addSecret(const std::string& secret);

private:
    void write(std::string_view level, std::string_view msg, Json fields) const;
    std::string m_context;
};

// Removes every registered secret from a text (log lines, error messages, exports).
std::string redactSecrets(std::string text);

} // namespace vr
