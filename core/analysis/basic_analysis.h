#pragma once
// valuerank-analyze-basic's job (the reference, docs/worker-protocol.md): input text in, envelope text out.
#include <string>
#include <string_view>

namespace vr::analysis {

// The version of this analysis, reported as methodsUsed.codeVersion.
inline constexpr const char* kAnalysisCodeVersion = "3.0.0";

// Parses (simdjson, straight into compact records), validates in the reference's order, computes every section
// and returns the one-line envelope. `input` must be followed by 64 readable bytes (readAll() guarantees it).
// Throws WorkerError / InputTypeError for the worker entry point to turn into an error envelope.
// `threads` (0: one per core) share the paired comparisons and the bootstrap; the output does not depend on it.
std::string runBasicAnalysis(std::string_view input, unsigned threads = 0);

} // namespace vr::analysis
