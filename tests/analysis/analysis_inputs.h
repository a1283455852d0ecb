#pragma once
// Building analyze_basic inputs and running the analysis in process, as the worker would, for the analysis tests.
#include "protocol/json.h"

#include <string>
#include <vector>

namespace vr::test {

// The analysis parses in place and needs 64 readable bytes after the input, as readAll() provides.
Json analyze(const std::string& input, unsigned threads = 0);

struct Outcome {
    bool ok = false;
    std::string code;
    std::string message;
};

// Runs the analysis, catching what the worker's entry point turns into error envelopes.
Outcome outcomeOf(const std::string& input);

std::string transcript(const std::string& model, const std::string& scenario, const std::string& score, const std::string& extra = "");
// {"runId": "r", "transcripts": [...]} plus any further top-level fields ("\"options\": {...}").
std::string run(const std::vector<std::string>& transcripts, const std::string& extraFields = "");

} // namespace vr::test
