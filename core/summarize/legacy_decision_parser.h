#pragma once
// The reference's rule, kept to reproduce old results (docs/worker-protocol.md): the first standalone
// digit 1–5 anywhere in the responses, with Unicode word boundaries.
#include "summarize/decision.h"

namespace vr::summarize {

Decision parseDecisionLegacy(const std::vector<TranscriptTurn>& turns);

} // namespace vr::summarize
