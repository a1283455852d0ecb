#pragma once
// Every scored scenario × model cell of an analysis input: how many repeats it has, their sum and the last one.
// Agreement, contested scenarios and the paired comparisons read cells, in either repeats mode
// (docs/worker-protocol.md, analysis 3.x).
#include "analysis/analysis_options.h"
#include "analysis/transcript_set.h"

#include <algorithm>
#include <span>
#include <vector>

namespace vr::analysis {

struct ScenarioCell {
    std::uint32_t model = 0;
    std::uint32_t count = 0;
    double sum = 0.0;
    double sumSquares = 0.0;
    double last = 0.0;

    double mean() const { return sum / static_cast<double>(count); }
    // Σ (y − cell mean)² over the cell's repeats.
    double squaredDeviations() const { return std::max(0.0, sumSquares - sum * sum / static_cast<double>(count)); }
    // What stands for the cell: the last repeat (the reference) or the mean of the repeats.
    double value(RepeatsMode mode) const { return mode == RepeatsMode::Last ? last : mean(); }
};

struct ScenarioCells {
    std::vector<std::uint32_t> scenarioOrder; // scenarios holding a cell, ascending by scenarioId text
    std::vector<std::size_t> offsets;         // cells of scenario s: [offsets[s], offsets[s + 1])
    std::vector<ScenarioCell> cells;          // per scenario, models in order of their first scored repeat there

    std::span<const ScenarioCell> of(std::uint32_t scenario) const
    {
        return std::span<const ScenarioCell>(cells).subspan(offsets[scenario], offsets[scenario + 1] - offsets[scenario]);
    }
};

ScenarioCells buildScenarioCells(const TranscriptSet& set);

// The decision code a cell mean stands for in a kappa: rounded half up (2.5 → 3).
double roundHalfUp(double value);

} // namespace vr::analysis
