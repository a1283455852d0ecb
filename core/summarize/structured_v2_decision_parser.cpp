#include "summarize/structured_v2_decision_parser.h"

#include "summarize/decision_rules.h"
#include "summarize/label_matcher.h"
#include "summarize/no_rating.h"
#include "summarize/numeric_statements.h"
#include "summarize/scale_labels.h"

#include <QHash>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace vr::summarize {
namespace {

// A reasoning model's thinking ("<think>…</think>") is not its answer; an unclosed block holds no answer at all.
QString withoutThinking(QString text)
{
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1String("<think>"));
        if (open < 0) break;
        const qsizetype close = text.indexOf(QLatin1String("</think>"), open);
        if (close < 0) {
            text.truncate(open);
            break;
        }
        text.remove(open, close + 8 - open);
    }
    return text;
}

// Transcripts of one scenario share their prompts, and so their scale: the matcher built for them is kept
// (per thread, for the last few hundred distinct prompt sets) instead of being built for every transcript.
const StagedLabelMatcher& labelMatcherFor(const std::vector<QString>& prompts)
{
    thread_local QHash<QString, std::shared_ptr<const StagedLabelMatcher>> cache;
    QString key;
    for (const QString& prompt : prompts) key += prompt + QChar(0x1f);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) return **it;
    if (cache.size() >= 256) cache.clear();
    auto matcher = std::make_shared<const StagedLabelMatcher>(readScaleLabels(prompts));
    cache.insert(key, matcher);
    return *matcher;
}

} // namespace

Decision parseDecisionStructuredV2(const std::vector<TranscriptTurn>& turns)
{
    Decision d;
    d.parser = kStructuredParserV2;
    std::vector<QString> responses, prompts;
    for (const TranscriptTurn& t : turns) {
        responses.push_back(normalizeForMatching(withoutThinking(QString::fromStdString(t.targetResponse))));
        prompts.push_back(QString::fromStdString(t.probePrompt));
    }
    const StagedLabelMatcher& labels = labelMatcherFor(prompts);
    const NumericDialect dialect{&leadInRulesV2(), &mayEndLeadInV2, true};

    // The latest answer that states a rating decides: a number it states, else a label it states.
    bool sawRange = false;
    for (auto it = responses.rbegin(); it != responses.rend(); ++it) {
        if (it->isEmpty()) continue;
        // "1. 3": the answer numbered as the prompt asked ("respond with '1. 7, 2. 1'"), one item, one rating.
        static const QRegularExpression itemAnswer(QStringLiteral(R"(^\s*\d{1,2}\s*[.):]\s*([1-5])\s*[.,]?\s*$)"));
        if (const auto m = it->size() <= 12 ? itemAnswer.match(*it) : QRegularExpressionMatch(); m.hasMatch()) {
            d.code = m.captured(1).toStdString();
            d.method = "item_answer";
            d.matchedText = m.captured(0).trimmed().toStdString();
            return d;
        }
        const NumericReading reading = readNumericStatements(*it, dialect);
        sawRange = sawRange || reading.sawRange;
        if (!reading.candidates.empty()) {
            const NumericCandidate* pick = &reading.candidates.back();
            for (const NumericCandidate& c : reading.candidates)
                if (c.revision) pick = &c;
            bool differing = false;
            for (const NumericCandidate& c : reading.candidates) differing = differing || c.code != pick->code;
            d.code = std::to_string(pick->code);
            d.method = pick->method.toStdString();
            d.matchedText = pick->matchedText.toStdString();
            d.ambiguous = differing && !pick->revision;
            // A second reading from the labels (verbatim): when it names another code, say so. "1- extremely wrong" (an item
            // number before the label of 5) and a number that is only a sentence of its own are read by the label.
            if (!labels.empty() && !pick->revision)
                if (const auto label = labels.matchExact(*it); label && label->code != pick->code) {
                    d.ambiguous = true;
                    // A number that is only a sentence of its own ("4. Testbench: …" continuing a list) is weaker
                    // than the scale's words verbatim.
                    if ((pick->method == QLatin1String("number_with_label") && label->stage == QLatin1String("label_exact")
                         && pick->matchedText.contains(label->matchedText))
                        || pick->method == QLatin1String("sentence_number")) {
                        d.code = std::to_string(label->code);
                        d.method = label->stage.toStdString();
                        d.matchedText = label->matchedText.toStdString();
                    }
                }
            return d;
        }
        if (const auto label = labels.match(*it)) {
            d.code = std::to_string(label->code);
            d.method = label->stage.toStdString();
            d.matchedText = label->matchedText.toStdString();
            d.ambiguous = label->ambiguous;
            return d;
        }
    }

    // A refusal, or nothing clear.
    readRefusalOrNothing(d, responses, sawRange);
    return d;
}

} // namespace vr::summarize
