#pragma once
// The decision parsers by name: "structured-v2" (the default), "structured-v1" and "legacy" (docs/worker-protocol.md).
#include "summarize/decision.h"

#include <string_view>

namespace vr::summarize {

inline constexpr const char* kDefaultParser = kStructuredParserV2;

bool isKnownParser(std::string_view name);
// Throws nothing: an unknown name reads with the default parser (callers validate names first).
Decision parseDecision(const std::vector<TranscriptTurn>& turns, std::string_view parser);

} // namespace vr::summarize
