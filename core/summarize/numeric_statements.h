#pragma once
// Reading the numbers of one answer that state a rating ("Rating: 4", "I choose 2", "4/5", a bare "3" on its own
// line), and rejecting the numbers of ordinary prose (counts, years, money, percentages, list items, ranges).
// structured-v1 and structured-v2 share this scanner; each brings its own lead-in phrases (docs/worker-protocol.md).
#include "summarize/decision_rules.h"

#include <QString>

#include <vector>

namespace vr::summarize {

struct NumericDialect {
    const std::vector<LeadInRule>* leadIns = nullptr;
    bool (*mayEndLeadIn)(const QString& text, qsizetype digitPosition) = nullptr;
    // structured-v2: a number asked back ("4 sounds good?") or followed by a counted noun ("3 employees") is not a
    // rating, nor is one inside a condition ("If case numbers rise, I would choose 5"); "3 is appropriate",
    // "2 Reason: …", "[[4]]", a repeated "3... 3... 3", a number that is a sentence of its own ("Fine. 2.", "… 4." at
    // the end, a bare last line) and "26 (3 = assertive)" are.
    bool extended = false;
};

struct NumericCandidate {
    int code = 0;
    QString method;
    QString matchedText;
    bool revision = false;
};

struct NumericReading {
    std::vector<NumericCandidate> candidates; // in text order
    bool sawRange = false;
};

// `text` is normalised (normalizeForMatching).
NumericReading readNumericStatements(const QString& text, const NumericDialect& dialect);

} // namespace vr::summarize
