#pragma once
// The explanation request (docs/worker-protocol.md): one user message quoting every turn with
// **User:** / **Target:** markers, and the answer flattened to one line of at most 300 code points.
#include "summarize/decision.h"

#include <string>

namespace vr::summarize {

inline constexpr const char* kDefaultSummaryModel = "anthropic:claude-sonnet-4-20250514";

std::string buildExplanationPrompt(const std::vector<TranscriptTurn>& turns);
// strip(), every "\n" replaced by a space (CR kept), the first 300 code points.
std::string tidyExplanation(const std::string& content);

} // namespace vr::summarize
