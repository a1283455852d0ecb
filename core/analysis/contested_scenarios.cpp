#include "analysis/contested_scenarios.h"

#include "protocol/python_format.h"
#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vr::analysis {

namespace {

struct Candidate {
    std::uint32_t scenario;
    double variance;
};

// The `limit` candidates of largest variance; equal variances keep their order.
std::vector<Candidate> mostVaried(std::vector<Candidate> candidates, std::size_t limit)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.variance > b.variance; });
    candidates.resize(std::min(limit, candidates.size()));
    return candidates;
}

// Cell-mean mode: a scenario is contested by how far its models' cell means lie apart (population variance
// over at least two models), and each model shows its cell mean.
std::vector<ContestedScenario> contestedByCellMeans(const TranscriptSet& set, const ScenarioCells& cells, std::size_t limit)
{
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> firstScored(set.scenarios.size(), kNone);
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < set.records.size(); ++i) {
        const TranscriptRecord& r = set.records[i];
        if (r.scored && firstScored[r.scenario] == kNone) {
            firstScored[r.scenario] = i;
            order.push_back(r.scenario);
        }
    }
    std::vector<Candidate> candidates;
    std::vector<double> means;
    for (std::uint32_t s : order) {
        const auto scenarioCells = cells.of(s);
        if (scenarioCells.size() < 2) continue;
        means.clear();
        for (const ScenarioCell& c : scenarioCells) means.push_back(c.mean());
        const double v = pyRound(stats::variance(means, 0), 6);
        candidates.push_back({s, std::isnan(v) ? -INFINITY : v});
    }
    std::vector<ContestedScenario> result;
    for (const Candidate& c : mostVaried(std::move(candidates), limit)) {
        ContestedScenario out;
        out.scenario = c.scenario;
        out.variance = c.variance;
        out.nameKey = set.records[firstScored[c.scenario]].scenarioKey;
        for (const ScenarioCell& cell : cells.of(c.scenario)) out.modelScores.emplace_back(cell.model, cell.mean());
        result.push_back(std::move(out));
    }
    return result;
}

} // namespace

std::vector<ContestedScenario> findContestedScenarios(const TranscriptSet& set, const ScenarioCells& cells, RepeatsMode mode, std::size_t limit)
{
    if (mode == RepeatsMode::CellMean) return contestedByCellMeans(set, cells, limit);
    const std::size_t scenarioCount = set.scenarios.size();
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> firstScored(scenarioCount, kNone); // record index
    std::vector<std::uint32_t> order;                             // scenarios by first scored appearance
    std::vector<std::size_t> offsets(scenarioCount + 1, 0);
    for (std::uint32_t i = 0; i < set.records.size(); ++i) {
        const TranscriptRecord& r = set.records[i];
        if (!r.scored) continue;
        if (firstScored[r.scenario] == kNone) {
            firstScored[r.scenario] = i;
            order.push_back(r.scenario);
        }
        ++offsets[r.scenario + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<double> grouped(offsets.back());
    std::vector<std::uint32_t> groupedRecord(offsets.back());
    {
        std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (std::uint32_t i = 0; i < set.records.size(); ++i) {
            const TranscriptRecord& r = set.records[i];
            if (!r.scored) continue;
            grouped[cursor[r.scenario]] = r.score;
            groupedRecord[cursor[r.scenario]++] = i;
        }
    }
    std::vector<Candidate> candidates;
    for (std::uint32_t s : order) {
        const std::size_t count = offsets[s + 1] - offsets[s];
        if (count < 2) continue;
        const double v = pyRound(stats::variance(std::span<const double>(grouped).subspan(offsets[s], count), 0), 6);
        candidates.push_back({s, std::isnan(v) ? -INFINITY : v});
    }
    std::vector<ContestedScenario> result;
    for (const Candidate& c : mostVaried(std::move(candidates), limit)) {
        ContestedScenario out;
        out.scenario = c.scenario;
        out.variance = c.variance;
        out.nameKey = set.records[firstScored[out.scenario]].scenarioKey;
        for (std::size_t k = offsets[out.scenario]; k < offsets[out.scenario + 1]; ++k) {
            const TranscriptRecord& r = set.records[groupedRecord[k]];
            auto it = std::find_if(out.modelScores.begin(), out.modelScores.end(), [&](const auto& p) { return p.first == r.model; });
            if (it == out.modelScores.end()) out.modelScores.emplace_back(r.model, r.score);
            else it->second = r.score;
        }
        result.push_back(std::move(out));
    }
    return result;
}

void writeContestedScenarios(JsonWriter& w, const TranscriptSet& set, const std::vector<ContestedScenario>& contested)
{
    w.beginArray();
    for (const ContestedScenario& c : contested) {
        w.beginObject();
        w.field("scenarioId", set.scenarios.text(c.scenario));
        w.field("scenarioName", set.scenarioKeys.text(c.nameKey));
        w.field("variance", c.variance);
        w.key("modelScores").beginObject();
        for (const auto& [model, score] : c.modelScores) w.field(set.models.text(model), score);
        w.endObject();
        w.endObject();
    }
    w.endArray();
}

} // namespace vr::analysis
