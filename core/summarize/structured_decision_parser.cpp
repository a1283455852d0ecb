#include "summarize/structured_decision_parser.h"

#include "summarize/decision_rules.h"
#include "summarize/label_matcher.h"
#include "summarize/no_rating.h"
#include "summarize/numeric_statements.h"
#include "summarize/scale_labels.h"

#include <optional>

namespace vr::summarize {

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
    std::optional<NumericCandidate> decided;
    bool sawRange = false;
    for (const QString& response : responses) {
        if (response.isEmpty()) continue;
        const NumericReading reading = readNumericStatements(response, {&leadInRules(), &mayEndLeadIn, false});
        sawRange = sawRange || reading.sawRange;
        if (reading.candidates.empty()) continue;
        const NumericCandidate* pick = &reading.candidates.back();
        for (const NumericCandidate& c : reading.candidates)
            if (c.revision) pick = &c;
        // Several different explicit numbers in one answer, none a revision: keep the last, but say so.
        bool differing = false;
        for (const NumericCandidate& c : reading.candidates) differing = differing || c.code != pick->code;
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
        if (const auto label = findExactLabel(*it, labels, ambiguous)) {
            d.code = std::to_string(label->first);
            d.method = "scale_label";
            d.matchedText = label->second.toStdString();
            return d;
        }
        d.ambiguous = d.ambiguous || ambiguous;
    }

    // 3. A refusal, or nothing clear.
    readRefusalOrNothing(d, responses, sawRange);
    return d;
}

} // namespace vr::summarize
