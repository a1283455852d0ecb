#pragma once
// The end of the structured parsers, when no answer stated a rating: a refusal if an answer declines, else
// "other" (ambiguous when an answer named a range such as "between 3 and 4").
#include "summarize/decision.h"

#include <QString>

namespace vr::summarize {

// `responses` are normalised (normalizeForMatching); `sawRange` says a range was already seen among the numbers.
void readRefusalOrNothing(Decision& d, const std::vector<QString>& responses, bool sawRange);

} // namespace vr::summarize
