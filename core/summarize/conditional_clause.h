#pragma once
// Whether a number stands in a condition the answer sets up rather than in its own judgment: "If case numbers are
// rising, I would choose 5." or "If I were a human, I would answer 4" state what the answer would be in another
// situation, not a rating of the one asked (docs/worker-protocol.md, structured-v2). Phrases that only soften a
// commitment ("if I had to choose", "even if", "if anything", "if pressed") are not conditions.
#include <QString>

namespace vr::summarize {

// `text` is normalised (normalizeForMatching); `position` is the number's index. Looks back to the start of the
// number's sentence (a '.', '!' or '?' before a space, or a line break).
bool inConditionalClause(const QString& text, qsizetype position);

} // namespace vr::summarize
