#include "analysis/scenario_cells.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vr::analysis {

ScenarioCells buildScenarioCells(const TranscriptSet& set)
{
    const std::size_t scenarioCount = set.scenarios.size();
    // Scored records bucketed by scenario, in input order (a counting sort).
    std::vector<std::size_t> perScenario(scenarioCount + 1, 0);
    for (const TranscriptRecord& r : set.records)
        if (r.scored) ++perScenario[r.scenario + 1];
    std::partial_sum(perScenario.begin(), perScenario.end(), perScenario.begin());
    std::vector<std::uint32_t> byScenario(perScenario.back());
    {
        std::vector<std::size_t> cursor(perScenario.begin(), perScenario.end() - 1);
        for (std::uint32_t i = 0; i < set.records.size(); ++i)
            if (set.records[i].scored) byScenario[cursor[set.records[i].scenario]++] = i;
    }
    ScenarioCells result;
    result.offsets.assign(scenarioCount + 1, 0);
    result.cells.reserve(byScenario.size());
    std::vector<std::uint32_t> slotOf(set.models.size(), UINT32_MAX); // model → its cell in the current scenario
    for (std::uint32_t s = 0; s < scenarioCount; ++s) {
        const std::size_t first = result.cells.size();
        for (std::size_t k = perScenario[s]; k < perScenario[s + 1]; ++k) {
            const TranscriptRecord& r = set.records[byScenario[k]];
            std::uint32_t& slot = slotOf[r.model];
            if (slot == UINT32_MAX || slot < first) {
                slot = static_cast<std::uint32_t>(result.cells.size());
                result.cells.push_back({r.model, 0, 0.0, 0.0, 0.0});
            }
            ScenarioCell& cell = result.cells[slot];
            ++cell.count;
            cell.sum += r.score;
            cell.sumSquares += r.score * r.score;
            cell.last = r.score;
        }
        result.offsets[s + 1] = result.cells.size();
        if (result.cells.size() > first) result.scenarioOrder.push_back(s);
    }
    std::sort(result.scenarioOrder.begin(), result.scenarioOrder.end(),
              [&](std::uint32_t a, std::uint32_t b) { return set.scenarios.text(a) < set.scenarios.text(b); });
    return result;
}

double roundHalfUp(double value)
{
    return std::floor(value + 0.5);
}

} // namespace vr::analysis
