#include "analysis/aligned_scores.h"

namespace vr::analysis {

AlignedScores alignScores(const TranscriptSet& set, const ScenarioCells& cells, RepeatsMode mode)
{
    AlignedScores result;
    std::vector<std::int32_t> column(set.models.size(), -1);
    for (const ScenarioCell& cell : cells.cells) column[cell.model] = 0;
    for (std::uint32_t m = 0; m < set.models.size(); ++m)
        if (column[m] == 0) {
            column[m] = static_cast<std::int32_t>(result.models.size());
            result.models.push_back(m);
        }
    const std::size_t k = result.models.size();
    result.values.resize(k);
    for (std::uint32_t s : cells.scenarioOrder) {
        const auto scenarioCells = cells.of(s);
        if (scenarioCells.size() != k) continue;
        for (const ScenarioCell& cell : scenarioCells) result.values[static_cast<std::size_t>(column[cell.model])].push_back(cell.value(mode));
    }
    if (result.scenarioCount() == 0) {
        result.models.clear();
        result.values.clear();
    }
    result.kappaCodes = result.values;
    if (mode == RepeatsMode::CellMean)
        for (auto& codes : result.kappaCodes)
            for (double& v : codes) v = roundHalfUp(v);
    return result;
}

} // namespace vr::analysis
