#pragma once
// The scores agreement compares: per model that scored anything, its cell value on every scenario that all
// those models scored, in ascending scenarioId order (docs/worker-protocol.md). In "last" mode a cell is its last
// repeat and kappas read the scores themselves; in "cell-mean" mode a cell is its mean and kappas read the mean
// rounded half up.
#include "analysis/scenario_cells.h"

#include <vector>

namespace vr::analysis {

struct AlignedScores {
    std::vector<std::uint32_t> models;              // in order of first appearance
    std::vector<std::vector<double>> values;        // [model][aligned scenario], for ρ and Cohen's d
    std::vector<std::vector<double>> kappaCodes;    // [model][aligned scenario], for the kappas
    std::size_t scenarioCount() const { return values.empty() ? 0 : values.front().size(); }
};

AlignedScores alignScores(const TranscriptSet& set, const ScenarioCells& cells, RepeatsMode mode);

} // namespace vr::analysis
