#include "project/answer_scale.h"

#include "summarize/scale_labels.h"

#include <set>

namespace vr::project {

bool hasAnswerScale(const Scenario& scenario)
{
    std::vector<QString> prompts{scenario.probePrompt()}; // with declared options: the rendered prompt and its scale
    for (const Followup& f : scenario.followups) prompts.push_back(f.prompt);
    std::set<int> codes;
    for (const summarize::ScaleLabel& label : summarize::readScaleLabels(prompts)) codes.insert(label.code);
    return codes == std::set<int>{1, 2, 3, 4, 5};
}

QStringList namesWithoutAnswerScale(const QList<Scenario>& scenarios)
{
    QStringList names;
    for (const Scenario& s : scenarios)
        if (!hasAnswerScale(s)) names << s.name;
    return names;
}

} // namespace vr::project
