#pragma once
// mostContestedScenarios (the reference, docs/worker-protocol.md): the five scenarios whose scored samples vary most (population
// variance, at least two scored samples), with each model's last score there. In cell-mean mode (analysis 3.x):
// the variance of the models' cell means (at least two models), with each model's cell mean.
#include "analysis/scenario_cells.h"
#include "protocol/json_writer.h"

#include <vector>

namespace vr::analysis {

struct ContestedScenario {
    std::uint32_t scenario = 0;
    std::uint32_t nameKey = 0;
    double variance = 0.0; // rounded to 6 places, as the reference sorts by it
    std::vector<std::pair<std::uint32_t, double>> modelScores; // model, last score (cell mean); first-appearance order
};

std::vector<ContestedScenario> findContestedScenarios(const TranscriptSet& set, const ScenarioCells& cells, RepeatsMode mode,
                                                      std::size_t limit = 5);
void writeContestedScenarios(JsonWriter& w, const TranscriptSet& set, const std::vector<ContestedScenario>& contested);

} // namespace vr::analysis
