#include "summarize/no_rating.h"

#include "summarize/decision_rules.h"

namespace vr::summarize {

void readRefusalOrNothing(Decision& d, const std::vector<QString>& responses, bool sawRange)
{
    for (const QString& response : responses)
        if (const auto m = refusalPhrases().match(response); m.hasMatch()) {
            d.refusal = true;
            d.method = "refusal";
            d.matchedText = m.captured(0).toStdString();
            return;
        }
    for (const QString& response : responses) sawRange = sawRange || undecidedRange().match(response).hasMatch();
    d.ambiguous = d.ambiguous || sawRange;
}

} // namespace vr::summarize
