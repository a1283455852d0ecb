#pragma once
// A decision code read from a transcript, and how it was read (summary.decisionMetadata).
#include "protocol/json.h"

#include <string>
#include <vector>

namespace vr::summarize {

struct TranscriptTurn {
    std::string probePrompt;    // "" when absent or falsy
    std::string targetResponse; // "" when absent or falsy
};

struct Decision {
    std::string code = "other";  // "1".."5" or "other"
    std::string parser;          // "legacy" | "structured-v1" | "structured-v2"
    std::string method = "none"; // which rule decided
    std::string matchedText;     // the words that decided it
    bool refusal = false;
    bool ambiguous = false;

    Json metadata() const;
};

inline constexpr const char* kLegacyParser = "legacy";
inline constexpr const char* kStructuredParser = "structured-v1";
inline constexpr const char* kStructuredParserV2 = "structured-v2";

} // namespace vr::summarize
