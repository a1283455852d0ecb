#pragma once
// Cost of a transcript from per-million-token prices (docs/worker-protocol.md).
#include "protocol/json.h"

#include <optional>

namespace vr {

// (in/1e6)·costIn + (out/1e6)·costOut; a term counts only when its token count is present and > 0. Unrounded.
double estimateCost(std::optional<long long> inputTokens, std::optional<long long> outputTokens,
                    double costInputPerMillion, double costOutputPerMillion);

// The transcript's costSnapshot from the input's modelCost (prices echoed unchanged, 0 when absent),
// or null when modelCost is falsy and no snapshot is written.
Json costSnapshot(const Json& modelCost, long long inputTokens, long long outputTokens);

} // namespace vr
