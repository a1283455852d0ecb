#include "analysis/visualization_data.h"

#include "protocol/python_format.h"

#include <array>
#include <unordered_map>
#include <vector>

namespace vr::analysis {
namespace {

// Above this many model × scenario-key slots the cell index is a hash map instead of a dense table.
constexpr std::size_t kDenseCellLimit = 16u * 1024u * 1024u;

struct Cell {
    std::uint32_t scenarioKey;
    double sum;
    long long count;
};

} // namespace

void writeVisualizationData(JsonWriter& w, const TranscriptSet& set)
{
    const std::size_t models = set.models.size();
    const std::size_t keys = set.scenarioKeys.size();
    std::vector<std::uint32_t> modelOrder; // by first scored transcript
    std::vector<char> seen(models, 0);
    std::vector<std::array<long long, 5>> distribution(models, std::array<long long, 5>{});
    std::vector<std::vector<Cell>> cells(models);
    const bool dense = models * keys <= kDenseCellLimit;
    std::vector<std::int32_t> denseIndex(dense ? models * keys : 0, -1);
    std::unordered_map<std::uint64_t, std::int32_t> sparseIndex;

    for (const TranscriptRecord& r : set.records) {
        if (!r.scored) continue;
        if (!seen[r.model]) {
            seen[r.model] = 1;
            modelOrder.push_back(r.model);
        }
        if (r.bucket >= 1 && r.bucket <= 5) ++distribution[r.model][static_cast<std::size_t>(r.bucket - 1)];
        std::int32_t* slot = nullptr;
        if (dense) {
            slot = &denseIndex[r.model * keys + r.scenarioKey];
        } else {
            slot = &sparseIndex.try_emplace((std::uint64_t{r.model} << 32) | r.scenarioKey, -1).first->second;
        }
        auto& modelCells = cells[r.model];
        if (*slot < 0) {
            *slot = static_cast<std::int32_t>(modelCells.size());
            modelCells.push_back({r.scenarioKey, 0.0, 0});
        }
        Cell& cell = modelCells[static_cast<std::size_t>(*slot)];
        cell.sum += r.score;
        ++cell.count;
    }

    w.beginObject();
    w.key("decisionDistribution").beginObject();
    for (std::uint32_t m : modelOrder) {
        w.key(set.models.text(m)).beginObject();
        for (int b = 0; b < 5; ++b) w.key(std::to_string(b + 1)).integer(distribution[m][static_cast<std::size_t>(b)]);
        w.endObject();
    }
    w.endObject();
    w.key("modelScenarioMatrix").beginObject();
    for (std::uint32_t m : modelOrder) {
        w.key(set.models.text(m)).beginObject();
        for (const Cell& cell : cells[m])
            w.field(set.scenarioKeys.text(cell.scenarioKey), pyRound(cell.sum / static_cast<double>(cell.count), 2));
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

} // namespace vr::analysis
