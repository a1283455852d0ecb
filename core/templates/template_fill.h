#pragma once
// One scenario's text from a template and one combination of levels, substituted in the three passes of ValueRank's
// generate_scenarios worker, in its order, so texts are the same whenever each level has one option
// (docs/templates.md, "Placeholders"): scale lines, then [Name_ScoreN], then [Name].
#include "templates/scenario_template.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace vr::templates {

// The level each dimension takes in one scenario, in the template's dimension order.
using Combination = std::vector<const TemplateLevel*>;
// Picks one of a level's texts; called once per substitution, in the order docs/templates.md gives.
using OptionChooser = std::function<QString(const TemplateLevel&)>;

// Compiles the template's patterns once for all its scenarios; it refers to the template, which must outlive it.
class TemplateFiller {
public:
    explicit TemplateFiller(const ScenarioTemplate& tmpl);
    // Throws TemplateError when a scale line or [Name_ScoreN] asks for a score the dimension lacks
    // (checkTemplate reports those first, with their line).
    QString fill(const Combination& combination, const OptionChooser& choose) const;

private:
    struct Patterns {
        QRegularExpression scaleLine, explicitScore, placeholder;
    };
    const ScenarioTemplate& m_template;
    std::vector<Patterns> m_patterns; // one per dimension
};

} // namespace vr::templates
