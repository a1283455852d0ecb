#include "summarize/decision_parsers.h"

#include "summarize/legacy_decision_parser.h"
#include "summarize/structured_decision_parser.h"
#include "summarize/structured_v2_decision_parser.h"

namespace vr::summarize {

bool isKnownParser(std::string_view name)
{
    return name == kLegacyParser || name == kStructuredParser || name == kStructuredParserV2;
}

Decision parseDecision(const std::vector<TranscriptTurn>& turns, std::string_view parser)
{
    if (parser == kLegacyParser) return parseDecisionLegacy(turns);
    if (parser == kStructuredParser) return parseDecisionStructured(turns);
    return parseDecisionStructuredV2(turns);
}

} // namespace vr::summarize
