#pragma once
// The power and sample-size planner (docs/statistics.md, "Planning a study"). From a pilot run it estimates, per
// model, the variance of its scenario means (between scenarios) and of repeats within a cell, and per pair of
// models the variance of their true per-scenario difference (scenario × model interaction). A comparison of two
// models on G scenarios with r repeats each is a paired t test on d_s with
//     Var(d_s) = σ²_D + (σ²_w,a + σ²_w,b) / r,
// so for a target difference δ, α and power the planner finds, for every r, the G that reaches it.
#include "analysis/scenario_cells.h"

#include <optional>
#include <vector>

namespace vr::analysis {

struct ModelVariance {
    std::uint32_t model = 0;
    std::size_t scenarios = 0;
    double meanRepeats = 0.0;
    std::optional<double> withinCell;       // pooled variance of repeats around their cell mean; null: no cell repeats
    std::optional<double> betweenScenarios; // variance of true scenario means (observed less repeat noise, ≥ 0)
};

struct PairVariance {
    std::uint32_t modelA = 0, modelB = 0;
    std::size_t scenarios = 0;              // scenarios both scored
    std::optional<double> interaction;      // σ²_D: variance of the true per-scenario difference (≥ 0)
};

struct PlanRequest {
    double delta = 0.25;     // the difference in mean decision code to detect
    double alpha = 0.05;     // two-sided
    double power = 0.80;
    unsigned maxRepeats = 10;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> pair; // plan for this pair; else the typical pair
};

struct DesignPoint {
    unsigned repeats = 1;
    double sdDifference = 0.0;              // √Var(d_s) at this r
    std::optional<std::size_t> scenarios;   // G that reaches the power; null: none does
    std::size_t callsPerModel = 0;          // G · r
};

struct StudyPlan {
    std::vector<ModelVariance> models;
    std::vector<PairVariance> pairs;
    double interaction = 0.0;               // σ²_D used (the pair's, or the mean over pairs)
    double withinCell = 0.0;                // σ²_w used (the pair's mean, or the mean over models)
    bool withinEstimated = false;           // false: the pilot had no repeated cell, σ²_w is taken as 0
    std::vector<DesignPoint> curve;         // r = 1 … maxRepeats
    std::optional<std::size_t> recommended; // index into curve of the fewest calls
    // The pilot itself: its scenarios and repeats, and the smallest difference it detects at 80 % power, α = 0.05.
    std::size_t pilotScenarios = 0;
    double pilotRepeats = 0.0;
    std::optional<double> pilotDetectableDifference;
};

// Variance components from the cells; the curve and recommendation for `request`.
StudyPlan planStudy(const TranscriptSet& set, const ScenarioCells& cells, const PlanRequest& request);

// The smallest difference between two models a run detects at 80 % power, α = 0.05 (the typical pair).
std::optional<double> detectableDifference(const TranscriptSet& set, const ScenarioCells& cells);

} // namespace vr::analysis
