#pragma once
// Two runs side by side on the same scenarios (two temperatures, two prompt variants): per model, the mean
// difference of its decisions, paired by scenario, with the paired machinery of the analysis
// (docs/statistics.md, "Comparing two runs"): t interval and test, Wilcoxon, Holm and BH across the models.
#include "project/project.h"
#include "stats/one_sample_t.h"

#include <QList>
#include <QString>

#include <optional>

namespace vr::run {

struct ModelComparison {
    QString modelId;
    int pairs = 0;                 // scenarios both runs scored for this model
    double meanA = 0, meanB = 0;   // over the paired scenarios
    double meanDifference = 0;     // B − A: the other run minus this one
    std::optional<stats::Interval> ci95;                     // of B − A; null below 2 pairs
    std::optional<double> tStatistic, pValue;               // paired t-test; nullopt below 2 pairs or with no variation
    std::optional<double> wilcoxonPValue, pValueHolm, pValueBH; // Holm and BH across the compared models
};

// Scenarios are matched by name (frozen copies of the same scenario keep it); codes are the effective ones.
QList<ModelComparison> compareRuns(project::Project& project, qint64 runA, qint64 runB);

} // namespace vr::run
