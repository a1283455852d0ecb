#include "summarize/numeric_statements.h"

#include "summarize/conditional_clause.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace vr::summarize {
namespace {

constexpr qsizetype kLeadInWindow = 64;
constexpr qsizetype kSuffixWindow = 24;
constexpr qsizetype kListReach = 600; // how far apart two items of one list can be

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Whether only decoration (#, (, [, >, spaces) precedes position i on its line.
bool atLineStart(const QString& text, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0; --k) {
        const QChar c = text[k];
        if (c == QLatin1Char('\n')) return true;
        if (c != QLatin1Char(' ') && c != QLatin1Char('#') && c != QLatin1Char('(') && c != QLatin1Char('[') && c != QLatin1Char('>'))
            return false;
    }
    return true;
}

bool isFirstNonEmptyLine(const QString& text, qsizetype i)
{
    for (qsizetype k = 0; k < i; ++k)
        if (!text[k].isSpace() && text[k] != QLatin1Char('#') && text[k] != QLatin1Char('(') && text[k] != QLatin1Char('[')) return false;
    return true;
}

bool isLastNonEmptyLine(const QString& text, qsizetype lineEnd)
{
    for (qsizetype k = lineEnd; k < text.size(); ++k)
        if (!text[k].isSpace()) return false;
    return true;
}

QString restOfLine(const QString& text, qsizetype from)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
    return text.mid(from, end < 0 ? -1 : end - from);
}

// Lines that start with a number followed by '.', ')' or ':' — two or more make a numbered list.
int numberedLineCount(const QString& text)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*[(\[]?\d+\s*[.):-])"), QRegularExpression::MultilineOption);
    int count = 0;
    auto it = item.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// "3... 3... 3": the line holds nothing but the one digit, repeated, and punctuation.
bool onlyRepeats(const QString& line, QChar digit)
{
    bool repeated = false;
    for (QChar c : line) {
        if (c == digit) repeated = true;
        else if (!c.isSpace() && c != QLatin1Char('.') && c != QChar(0x2026) && c != QLatin1Char('!') && c != QLatin1Char(','))
            return false;
    }
    return repeated;
}

const QRegularExpression& extendedRx(int which)
{
    static const std::vector<QRegularExpression> rules = [] {
        std::vector<QRegularExpression> r{
        // 0: a bare number that a reason follows on its line: "2 Reason: …", "4 — because …"
        QRegularExpression(QStringLiteral(R"(^\s*[)\]]*\s*[.!:,-]?\s*(?:$|(?:reason|because|rationale|explanation|justification)\b))")),
        // 1: "3 is appropriate", "4 feels right", "2 is my answer"
        QRegularExpression(QStringLiteral(
            R"(^\s*[)\]]*\s*(?:is|feels|seems|would\s+be)\s+(?:the\s+)?(?:most\s+|more\s+)?(?:appropriate|right|fair|correct|best|reasonable|my\s+(?:answer|rating|choice|score|judg(?:e)?ment)))")),
        // 2: asked back: "4 sounds good?", "3?"
        QRegularExpression(QStringLiteral(R"(^\s*[)\]]*\s*(?:[a-z']+\s+){0,2}[a-z']*\s*\?)")),
        // 3: a counted noun: "3 employees", "2 children" (function words ending in s are not nouns)
        QRegularExpression(QStringLiteral(
            R"(^\s+(?!(?:is|was|as|this|thus|its|less|plus|across|towards|because|yes|has|does|unless|always|perhaps|afterwards|regardless|nevertheless|reflects|means|stands|remains|seems|feels|captures|represents|matches|balances|best|fits)\b)(?!(?:stars|points)\b)(?:[a-z]{3,}s|people|children|men|women|staff|kids)\b)")),
        // 4: the question precedes: "would you say 3", "how about 4", "what about 2"
        QRegularExpression(QStringLiteral(R"((?:would\s+you\s+(?:say|rate|choose|pick|go\s+with)|how\s+about|what\s+about|should\s+i\s+(?:say|pick|choose))\s*[(\[#]?\s*$)")),
        // 5: an item heading that ends in its rating: "**#5 (original) - 3**:", "item 26 (assertive - 3):"
        QRegularExpression(QStringLiteral(R"(^\s*[)\]]*\s*:)")),
        // 6: a numbered list item: "1. correctness", "2) jobs"
        QRegularExpression(QStringLiteral(R"(^[.)]\s+\S)")),
        // 7: a rating and what it means, in an item heading: "(3 = assertive personality)"
        QRegularExpression(QStringLiteral(R"(^\s*=\s*[a-z])")),
        // 8: the item number before it: "26 (", "#9 ("
        QRegularExpression(QStringLiteral(R"((?:^|[\s#])\d{1,3}\s*\($)")),
        // 9: a dash and words after a number that opens a sentence: "4 - somewhat support …"
        QRegularExpression(QStringLiteral(R"(^\s+-\s+[a-z])")),
        };
        for (QRegularExpression& rule : r) rule.optimize();
        return r;
    }();
    return rules[static_cast<std::size_t>(which)];
}

// Whether only white space and closing punctuation follow the number's sentence: the answer ends with it.
bool endsAnswer(const QString& text, qsizetype i)
{
    for (qsizetype k = i + 1; k < text.size(); ++k) {
        const QChar c = text[k];
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char(')') && c != QLatin1Char(']')) return false;
    }
    return true;
}

// A number that is a sentence of its own: "Fine. 2. The car's first duty …", "5. Three people vs one", "… Harmony
// wins, somewhat. 4." Before it only the start of the answer or of a line, or a sentence's end ('.' or '!' and a
// space); after it the sentence ends ('.' or '!' and a space, or the end of the answer). `colonBefore`: also after
// a colon ("As described, though: 5.").
bool isSentenceNumber(const QString& text, qsizetype i, bool colonBefore)
{
    qsizetype k = i;
    while (k > 0 && (text[k - 1] == QLatin1Char('(') || text[k - 1] == QLatin1Char('[') || text[k - 1] == QLatin1Char('#'))) --k;
    bool spaced = false;
    while (k > 0 && text[k - 1] == QLatin1Char(' ')) {
        --k;
        spaced = true;
    }
    if (k > 0) {
        const QChar p = text[k - 1];
        const bool sentenceEnd = spaced && (p == QLatin1Char('.') || p == QLatin1Char('!')) && k >= 2 && !text[k - 2].isDigit();
        if (p != QLatin1Char('\n') && !sentenceEnd && !(colonBefore && spaced && p == QLatin1Char(':'))) return false;
    }
    qsizetype e = i + 1;
    while (e < text.size() && (text[e] == QLatin1Char(')') || text[e] == QLatin1Char(']'))) ++e;
    if (e >= text.size()) return true;
    // A number alone on a line is a sentence of its own only on the answer's last line ("Steps: 1) … 3) …\n\n5").
    if (text[e] != QLatin1Char('.') && text[e] != QLatin1Char('!')) return text[e] == QLatin1Char('\n') && endsAnswer(text, e);
    return e + 1 >= text.size() || text[e + 1].isSpace();
}

// Whether the sentence number at i is an item of a list: the number before it in the list ("1.") comes earlier,
// or the one after it ("3.") comes later, in the same shape.
bool isListItem(const QString& text, qsizetype i)
{
    const QChar code = text[i];
    const QChar previous(code.unicode() - 1), next(code.unicode() + 1);
    const auto isItemOf = [&](QChar digit, qsizetype k) {
        if (text[k] != digit || (k > 0 && text[k - 1].isLetterOrNumber()) || k + 1 >= text.size()) return false;
        return text[k + 1] == QLatin1Char(')') || (text[k + 1] == QLatin1Char('.') && isSentenceNumber(text, k, false));
    };
    // The nearest first: the items of a list are close together (lists start at 1 and end at most at 5 here).
    if (code != QLatin1Char('1') && i > 0) // (lastIndexOf from -1 would search from the end)
        for (qsizetype k = text.lastIndexOf(previous, i - 1); k >= 0 && k >= i - kListReach; k = k > 0 ? text.lastIndexOf(previous, k - 1) : -1)
            if (isItemOf(previous, k)) return true;
    if (code != QLatin1Char('5'))
        for (qsizetype k = text.indexOf(next, i + 1); k >= 0 && k < i + kListReach; k = text.indexOf(next, k + 1))
            if (isItemOf(next, k)) return true;
    return false;
}

// Whether `after` can start "is appropriate", "feels right", "seems fair", "would be best" (spares the expression).
bool mayBeVerdictSuffix(const QString& after)
{
    qsizetype k = 0;
    while (k < after.size() && (after[k] == QLatin1Char(' ') || after[k] == QLatin1Char(')') || after[k] == QLatin1Char(']'))) ++k;
    const QStringView rest = QStringView(after).mid(k);
    return rest.startsWith(QLatin1String("is ")) || rest.startsWith(QLatin1String("feels ")) || rest.startsWith(QLatin1String("seems "))
        || rest.startsWith(QLatin1String("would be "));
}

} // namespace

NumericReading readNumericStatements(const QString& text, const NumericDialect& dialect)
{
    NumericReading reading;
    std::optional<bool> hasNumberedList; // worked out only when a line starts with a number
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c < QLatin1Char('1') || c > QLatin1Char('5')) continue;
        if ((i > 0 && isWordChar(text[i - 1])) || (i + 1 < text.size() && isWordChar(text[i + 1]))) continue;
        const QString after = text.mid(i + 1, kSuffixWindow);
        NumericCandidate candidate;
        candidate.code = c.digitValue();
        const qsizetype windowStart = std::max<qsizetype>(0, i - kLeadInWindow);
        QString before;
        if (dialect.mayEndLeadIn(text, i)) {
            before = text.mid(windowStart, i - windowStart);
            for (const LeadInRule& rule : *dialect.leadIns) {
                const auto m = rule.regex.match(before);
                if (!m.hasMatch()) continue;
                candidate.method = QString::fromLatin1(rule.method);
                candidate.revision = rule.revision;
                candidate.matchedText = (m.captured(0) + c).trimmed();
                break;
            }
        }
        if (candidate.method.isEmpty()) {
            if (const auto m = outOfScaleSuffix().match(after); m.hasMatch()) {
                candidate.method = QStringLiteral("out_of_scale");
                candidate.matchedText = QString(c) + m.captured(0);
            }
        }
        if (candidate.method.isEmpty() && dialect.extended) {
            if (const auto m = mayBeVerdictSuffix(after) ? extendedRx(1).match(after) : QRegularExpressionMatch(); m.hasMatch()) {
                candidate.method = QStringLiteral("explicit_statement");
                candidate.matchedText = (QString(c) + m.captured(0)).trimmed();
            } else if (i >= 3 && text[i - 1] == QLatin1Char(' ') && text[i - 2] == QLatin1Char('-') && text[i - 3] == QLatin1Char(' ')
                       && extendedRx(5).match(after).hasMatch()) {
                candidate.method = QStringLiteral("item_heading");
                candidate.matchedText = text.mid(std::max<qsizetype>(0, i - 40), 41 + 2).trimmed();
            } else if (i >= 2 && text[i - 1] == QLatin1Char('(') && extendedRx(7).match(after).hasMatch()
                       && extendedRx(8).match(text.mid(std::max<qsizetype>(0, i - 8), i - std::max<qsizetype>(0, i - 8))).hasMatch()) {
                // "26 (3 = assertive personality):": an item number, then its rating and what the rating means.
                candidate.method = QStringLiteral("item_heading");
                candidate.matchedText = (text.mid(std::max<qsizetype>(0, i - 8), 8) + restOfLine(text, i).left(40)).trimmed();
            } else if (!atLineStart(text, i) && i >= 2 && text[i - 1] == QLatin1Char(' ')
                       && (text[i - 2] == QLatin1Char('.') || text[i - 2] == QLatin1Char('!')) && extendedRx(9).match(after).hasMatch()) {
                // "Hard pass on that. 4 - somewhat support the freedom neighborhood.": a sentence that opens with
                // the rating and says what it means.
                candidate.method = QStringLiteral("number_with_label");
                candidate.matchedText = (QString(c) + restOfLine(text, i + 1)).left(80).trimmed();
            } else if (isSentenceNumber(text, i, endsAnswer(text, i))) {
                // "Fine. 2.", "5. Three people vs one …", "… Harmony wins, somewhat. 4.", "As described, though: 5."
                // — unless it numbers the lines of a list or the sentences of one ("1. Cost. 2. Time.").
                bool listed = isListItem(text, i);
                if (!listed && atLineStart(text, i) && extendedRx(6).match(after).hasMatch()) {
                    if (!hasNumberedList) hasNumberedList = numberedLineCount(text) >= 2;
                    listed = *hasNumberedList;
                }
                if (!listed) {
                    candidate.method = QStringLiteral("sentence_number");
                    candidate.matchedText = text.mid(std::max<qsizetype>(0, i - 24), 26).trimmed();
                }
            }
        }
        if (dialect.extended && !candidate.method.isEmpty() && atLineStart(text, i) && extendedRx(6).match(after).hasMatch()) {
            if (!hasNumberedList) hasNumberedList = numberedLineCount(text) >= 2;
            if (*hasNumberedList) continue;
        }
        if (candidate.method.isEmpty() && atLineStart(text, i)) {
            const QString line = restOfLine(text, i + 1);
            static const QRegularExpression bare(QStringLiteral(R"(^\s*[)\]]?\s*[.!]?\s*$)"));
            static const QRegularExpression withLabel(QStringLiteral(R"(^\s*[)\]]?\s*[-:]\s*\S)"));
            const bool first = isFirstNonEmptyLine(text, i);
            if (first && bare.match(line).hasMatch()) {
                candidate.method = QStringLiteral("bare_number");
                candidate.matchedText = QString(c);
            } else if (dialect.extended && (first || isLastNonEmptyLine(text, i + 1 + line.size()))
                       && (onlyRepeats(line, c) || (first && extendedRx(0).match(line).hasMatch()))) {
                candidate.method = QStringLiteral("bare_number");
                candidate.matchedText = (QString(c) + line).left(40).trimmed();
            } else if (withLabel.match(line).hasMatch()) {
                if (!hasNumberedList) hasNumberedList = numberedLineCount(text) >= 2;
                if (!*hasNumberedList) {
                    candidate.method = QStringLiteral("number_with_label");
                    candidate.matchedText = (QString(c) + line).left(80).trimmed();
                }
            }
        }
        if (candidate.method.isEmpty()) continue;
        // Money, decimals, percentages, list positions and ranges are never ratings.
        if (before.isEmpty()) before = text.mid(windowStart, i - windowStart);
        const bool rangeAfter = rangeContinuation().match(after).hasMatch();
        if (rangeAfter || rangeLeadIn().match(before).hasMatch()) {
            reading.sawRange = reading.sawRange || rangeAfter || before.contains(QLatin1String("between"));
            continue;
        }
        if (dialect.extended && candidate.method != QLatin1String("out_of_scale")
            && (extendedRx(2).match(after).hasMatch() || extendedRx(3).match(after).hasMatch() || extendedRx(4).match(before).hasMatch()))
            continue;
        // "If case numbers are rising, I would choose 5": the rating of another situation.
        if (dialect.extended && inConditionalClause(text, i)) continue;
        reading.candidates.push_back(candidate);
    }
    return reading;
}

} // namespace vr::summarize
