// libFuzzer: valuerank-analyze-basic's whole input handling (simdjson parse, validation, statistics, output).
#include "analysis/basic_analysis.h"
#include "protocol/worker_error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string input(reinterpret_cast<const char*>(data), size);
    input.reserve(size + 128); // the parser's padding
    try {
        (void)vr::analysis::runBasicAnalysis(std::string_view(input.data(), size));
    } catch (const vr::WorkerError&) {
    } catch (const vr::InputTypeError&) {
    }
    return 0;
}
