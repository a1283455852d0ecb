#pragma once
// The words around a number that make it a rating, and the words of a refusal: the data the structured-v1
// parser reads, kept apart from its mechanics so a rule can be read, tested and added on its own.
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace vr::summarize {

struct LeadInRule {
    const char* method;       // reported as decisionMetadata.method
    QRegularExpression regex; // matched against the normalised text just before the digit; anchored at its end
    bool revision;            // "I change my rating to 4": beats anything said before it
};

// Phrases that introduce a rating: "Rating:", "my score is", "I choose", "I'd rate this a", "option", …
const std::vector<LeadInRule>& leadInRules();
// structured-v2's lead-ins: v1's, then judgments, leanings, key-value and JSON keys, "give this scenario a",
// "level of support:", "yes, 3", "\\boxed{4}", "[[4]]", "bottom line:", "I'll revise to", "item 37 (…) at".
const std::vector<LeadInRule>& leadInRulesV2();
bool mayEndLeadInV2(const QString& text, qsizetype digitPosition);
// Whether the word just before a number (decoration such as ':', '(', '#' skipped) can end a lead-in at all:
// a cheap test that spares the regular expressions the many numbers in ordinary prose.
bool mayEndLeadIn(const QString& text, qsizetype digitPosition);

// A number followed by these is not a rating on the scale, or is half of a range ("3 or 4", "3-4").
const QRegularExpression& rangeContinuation();
// "4 out of 5", "2/5".
const QRegularExpression& outOfScaleSuffix();
// Words before a number that make it part of a range or a comparison ("between 3 and 4").
const QRegularExpression& rangeLeadIn();
// An answer that names two ratings as a range ("between 3 and 4", "either 4 or 5", "rating: 4-5").
const QRegularExpression& undecidedRange();
// "I can't make this decision", "I must decline", …
const QRegularExpression& refusalPhrases();

} // namespace vr::summarize
