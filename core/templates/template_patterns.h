#pragma once
// The three placeholder patterns of a template, written so that they match exactly what ValueRank's
// generate_scenarios worker matches with Python's `re` (docs/templates.md, "Placeholders"): Python's \s
// (str.isspace), \d (any Unicode decimal digit), `.` (anything but a line feed), case-insensitive.
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace vr::templates {

// A scale line: at the start of the text or after a line feed, optional whitespace, a number, whitespace, one of
// `-` `.` `)`, then anything on that line up to [Name]. Captures: 1 the line feed (or nothing), 2 the number,
// 3 from the separator up to the placeholder. The whitespace before the number is not captured: upstream drops it.
QRegularExpression scaleLinePattern(const QString& dimensionName);
// [Name_ScoreN]; capture 1 is N.
QRegularExpression explicitScorePattern(const QString& dimensionName);
// [Name]
QRegularExpression placeholderPattern(const QString& dimensionName);
// Any [text] within one line; capture 1 is the text.
const QRegularExpression& bracketPattern();

// Python's int() of a run of Unicode decimal digits; nullopt beyond 64 bits.
std::optional<qint64> decimalValue(const QString& digits);
// Python's str.isspace() for a whole string (and the empty string): a blank preamble is no preamble.
bool isBlank(const QString& text);

} // namespace vr::templates
