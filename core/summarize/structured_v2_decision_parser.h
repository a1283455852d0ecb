#pragma once
// The default decision parser, structured-v2 (docs/worker-protocol.md): structured-v1's explicit statements in
// more shapes (judgments, leanings, JSON and key-value answers, headings, "3 is appropriate", a final bare
// number), then the scale's labels matched in stages (exact, leading, relaxed, distinctive tail, anchor), then
// refusal detection. decisionMetadata.method names the stage that decided; `ambiguous` is set when the number
// and the label read differently, or when several answers' statements disagree.
#include "summarize/decision.h"

namespace vr::summarize {

Decision parseDecisionStructuredV2(const std::vector<TranscriptTurn>& turns);

} // namespace vr::summarize
