#pragma once
// A template expanded into its scenarios (docs/templates.md): one per combination of levels, the first dimension
// varying slowest, named "Stakes_2 / Certainty_1" as ValueRank names them, with the scores as dimensions.
#include "templates/combination_key.h"
#include "templates/scenario_template.h"

#include <QStringList>

#include <string>

namespace vr::templates {

struct ExpandedScenario {
    QString name;
    QString preamble; // empty when the template's is blank
    QString prompt;
    DimensionScores dimensions; // in the template's dimension order
    std::string key;            // combinationKey(dimensions)
};

struct Expansion {
    QList<ExpandedScenario> scenarios;
    QStringList warnings; // from checkTemplate
};

// More combinations than this is a mistake, not a study.
constexpr qint64 kMaxCombinations = 100000;

// Checks the template first (TemplateError); the same template and seed give the same texts everywhere.
Expansion expandTemplate(const ScenarioTemplate& tmpl, quint64 seed);

} // namespace vr::templates
