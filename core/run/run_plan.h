#pragma once
// The study planner on a project's run (docs/statistics.md, "Planning a study"): the run is the pilot; its
// variance components give, for a target difference, the scenarios and repeats a study needs, and its tokens per
// call at the catalog's prices give what that study costs.
#include "analysis/study_planner.h"
#include "project/project.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace vr::run {

struct RunPlan {
    qint64 runId = 0;
    analysis::PlanRequest request;
    analysis::StudyPlan plan;
    QStringList models;                             // the run's scored models, by analysis index
    std::vector<std::optional<double>> costPerCall; // per model: mean tokens per call × catalog price; null: no price
    QStringList pair;                               // the two models planned for; empty: the typical pair

    // Calls of a design for every model of the run.
    std::size_t calls(const analysis::DesignPoint& point) const { return point.callsPerModel * static_cast<std::size_t>(models.size()); }
    // Its cost at catalog prices; null when a model has no price.
    std::optional<double> cost(const analysis::DesignPoint& point) const;
};

// What planning reads from the project: the run's decisions (as the analysis input) and each model's cost per call.
struct PlanInputs {
    qint64 runId = 0;
    std::string analysisInput;
    QHash<QString, std::optional<double>> costPerCall;
};

// The reading, on the thread that owns the project's connection.
PlanInputs readPlanInputs(project::Project& project, qint64 runId);
// The planning, on any thread. Throws ProjectError when the run has nothing summarized or `pair` names a model the
// run did not score.
RunPlan planFromInputs(const PlanInputs& inputs, const analysis::PlanRequest& request, const QStringList& pair = {});
// Both.
RunPlan planFromRun(project::Project& project, qint64 runId, const analysis::PlanRequest& request, const QStringList& pair = {});
Json runPlanJson(const RunPlan& plan);

} // namespace vr::run
