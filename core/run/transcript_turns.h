#pragma once
// The turns of a stored transcript (the probe worker's `turns`: probePrompt, targetResponse) as the decision
// parsers read them.
#include "protocol/json.h"
#include "summarize/decision.h"

#include <vector>

namespace vr::run {

std::vector<summarize::TranscriptTurn> transcriptTurns(const Json& transcript);

} // namespace vr::run
