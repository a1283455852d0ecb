// libFuzzer: what every worker does with stdin first (blank check, nesting limit, JSON parse) and the
// Python-style serialiser every envelope goes through (escaping, floats, invalid UTF-8).
#include "protocol/envelope.h"
#include "protocol/worker_error.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    try {
        const vr::Json document = vr::parseWorkerInput(std::string_view(reinterpret_cast<const char*>(data), size));
        const std::string line = vr::dumpPythonStyle(document);
        if (line.find('\n') != std::string::npos) __builtin_trap(); // one document, one line
        (void)vr::Json::parse(line);
    } catch (const vr::WorkerError&) {
    }
    (void)vr::dumpPythonStyle(vr::Json(std::string(reinterpret_cast<const char*>(data), size)));
    return 0;
}
