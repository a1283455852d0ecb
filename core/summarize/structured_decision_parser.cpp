#include "summarize/structured_decision_parser.h"

#include "summarize/decision_rules.h"
#include "summarize/scale_labels.h"

#include <QRegularExpression>

#include <optional>

namespace vr::summarize {
namespace {

constexpr qsizetype kLeadInWindow = 64;
constexpr qsizetype kSuffixWindow = 24;

struct Candidate {
    int code = 0;
    QString method;
    QString matchedText;
    bool revision = false;
};

struct TurnReading {
    std::vector<Candidate> candidates;
    bool sawRange = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Where the line holding position i starts, and whether only decoration (#, (, [, spaces) precedes i on it.
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

TurnReading readTurn(const QString& text)
{
    TurnReading reading;
    std::optional<bool> hasNumberedList; // worked out only when a line starts with a number
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c < QLatin1Char('1') || c > QLatin1Char('5')) continue;
        if ((i > 0 && isWordChar(text[i - 1])) || (i + 1 < text.size() && isWordChar(text[i + 1]))) continue;
        const QString after = text.mid(i + 1, kSuffixWindow);
        Candidate candidate;
        candidate.code = c.digitValue();
        const qsizetype windowStart = std::max<qsizetype>(0, i - kLeadInWindow);
        QString before;
        if (mayEndLeadIn(text, i)) {
            before = text.mid(windowStart, i - windowStart);
            for (const LeadInRule& rule : leadInRules()) {
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
        if (candidate.method.isEmpty() && atLineStart(text, i)) {
            const QString line = restOfLine(text, i + 1);
            static const QRegularExpression bare(QStringLiteral(R"(^\s*[)\]]?\s*[.!]?\s*$)"));
            static const QRegularExpression withLabel(QStringLiteral(R"(^\s*[)\]]?\s*[-:]\s*\S)"));
            if (isFirstNonEmptyLine(text, i) && bare.match(line).hasMatch()) {
                candidate.method = QStringLiteral("bare_number");
                candidate.matchedText = QString(c);
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
        reading.candidates.push_back(candidate);
    }
    return reading;
}

// The scale label an answer states, when exactly one code's label is the longest one found in it.
std::optional<std::pair<int, QString>> findLabel(const QString& text, const std::vector<ScaleLabel>& labels, bool& ambiguous)
{
    std::optional<std::pair<int, QString>> best;
    for (const ScaleLabel& label : labels) {
        if (!text.contains(label.text)) continue;
        if (!best || label.text.size() > best->second.size()) best = std::make_pair(label.code, label.text);
        else if (label.text.size() == best->second.size() && label.code != best->first) ambiguous = true;
    }
    if (best && ambiguous) {
        // Two different codes' labels of the same length: do not guess.
        for (const ScaleLabel& label : labels)
            if (label.code != best->first && label.text.size() == best->second.size() && text.contains(label.text)) return std::nullopt;
        ambiguous = false;
    }
    return best;
}

} // namespace

Decision parseDecisionStructured(const std::vector<TranscriptTurn>& turns)
{
    Decision d;
    d.parser = kStructuredParser;
    std::vector<QString> responses, prompts;
    for (const TranscriptTurn& t : turns) {
        responses.push_back(normalizeForMatching(QString::fromStdString(t.targetResponse)));
        prompts.push_back(QString::fromStdString(t.probePrompt));
    }

    // 1. Explicit statements: the last one across the turns wins; within a turn, a revision beats the rest.
    std::optional<Candidate> decided;
    bool sawRange = false;
    for (const QString& response : responses) {
        if (response.isEmpty()) continue;
        TurnReading reading = readTurn(response);
        sawRange = sawRange || reading.sawRange;
        if (reading.candidates.empty()) continue;
        const Candidate* pick = &reading.candidates.back();
        for (const Candidate& c : reading.candidates)
            if (c.revision) pick = &c;
        // Several different explicit numbers in one answer, none a revision: keep the last, but say so.
        bool differing = false;
        for (const Candidate& c : reading.candidates) differing = differing || c.code != pick->code;
        d.ambiguous = differing && !pick->revision;
        decided = *pick;
    }
    if (decided) {
        d.code = std::to_string(decided->code);
        d.method = decided->method.toStdString();
        d.matchedText = decided->matchedText.toStdString();
        return d;
    }

    // 2. The scale's own words, from the last answer that states one.
    const std::vector<ScaleLabel> labels = readScaleLabels(prompts);
    for (auto it = responses.rbegin(); it != responses.rend(); ++it) {
        bool ambiguous = false;
        if (const auto label = findLabel(*it, labels, ambiguous)) {
            d.code = std::to_string(label->first);
            d.method = "scale_label";
            d.matchedText = label->second.toStdString();
            return d;
        }
        d.ambiguous = d.ambiguous || ambiguous;
    }

    // 3. A refusal, or nothing clear.
    for (const QString& response : responses)
        if (const auto m = refusalPhrases().match(response); m.hasMatch()) {
            d.refusal = true;
            d.method = "refusal";
            d.matchedText = m.captured(0).toStdString();
            return d;
        }
    for (const QString& response : responses) sawRange = sawRange || undecidedRange().match(response).hasMatch();
    d.ambiguous = d.ambiguous || sawRange;
    return d;
}

} // namespace vr::summarize
