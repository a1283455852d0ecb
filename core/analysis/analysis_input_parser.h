#pragma once
// Reads analyze_basic input with simdjson On-Demand straight into a TranscriptSet (the reference, docs/worker-protocol.md).
// The whole document is validated; malformed JSON anywhere gives "Invalid JSON input: …" with the byte offset.
#include "analysis/transcript_set.h"

#include <optional>
#include <string_view>

namespace vr::analysis {

struct ParsedAnalysisInput {
    TranscriptSet set;
    // The first element the reference would crash on (a null summary, a non-numeric score string, …).
    // It is reported only after the validation errors, which the reference checks first.
    std::optional<std::pair<std::string, std::string>> typeError; // message, Python exception class
};

// `input` must be followed in memory by at least 64 readable bytes (simdjson's padding); readAll() ensures it.
// Throws WorkerError for empty or malformed input, InputTypeError for a top-level number, boolean or null.
ParsedAnalysisInput parseAnalysisInput(std::string_view input);
// Whether this processor runs the AVX2 build of the parser.
bool analysisParserUsesAvx2();

} // namespace vr::analysis
