#pragma once
// The default decision parser, structured-v1 (docs/worker-protocol.md): explicit rating statements first
// (the last one wins, so a revision in a later turn counts), then the scale's own labels as the prompt wrote
// them, then refusal detection. Numbers inside prose (counts, years, money, percentages, list items, ranges)
// are never ratings. Nothing clear gives "other".
#include "summarize/decision.h"

namespace vr::summarize {

Decision parseDecisionStructured(const std::vector<TranscriptTurn>& turns);

} // namespace vr::summarize
