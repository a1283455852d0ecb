#pragma once
// Two runs side by side on the same scenarios (two temperatures, two prompt variants): per model, the mean
// difference of its decisions, paired by scenario, with a paired t-test.
#include "project/project.h"

#include <QList>
#include <QString>

#include <optional>

namespace vr::run {

struct ModelComparison {
    QString modelId;
    int pairs = 0;                 // scenarios both runs scored for this model
    double meanA = 0, meanB = 0;   // over the paired scenarios
    double meanDifference = 0;     // B − A
    std::optional<double> tStatistic, pValue; // paired t-test; nullopt below 2 pairs or with no variation
};

// Scenarios are matched by name (frozen copies of the same scenario keep it); codes are the effective ones.
QList<ModelComparison> compareRuns(project::Project& project, qint64 runA, qint64 runB);

} // namespace vr::run
