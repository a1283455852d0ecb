#include "analysis/dimension_analysis.h"

#include "protocol/python_format.h"
#include "stats/descriptive.h"
#include "stats/kruskal_wallis.h"
#include "stats/ranks.h"
#include "stats/spearman.h"

#include <algorithm>
#include <cmath>

namespace vr::analysis {
namespace {

constexpr double kAlpha = 0.05;

double sortKey(double effect)
{
    return std::isnan(effect) ? -INFINITY : effect;
}

} // namespace

DimensionAnalysis computeDimensionAnalysis(const TranscriptSet& set)
{
    DimensionAnalysis result;
    std::vector<double> scores;
    std::vector<std::uint32_t> modelOf;
    std::vector<std::size_t> seenCount(set.dimensions.size(), 0);
    std::vector<std::uint32_t> dimensionOrder;
    for (const TranscriptRecord& r : set.records) {
        if (!r.scored) continue;
        scores.push_back(r.score);
        modelOf.push_back(r.model);
        for (std::uint32_t i = r.dimensionsBegin; i < r.dimensionsBegin + r.dimensionCount; ++i) {
            const std::uint32_t d = set.dimensionLevels[i].dimension;
            if (seenCount[d]++ == 0) dimensionOrder.push_back(d);
        }
    }
    const std::size_t n = scores.size();
    if (n == 0) return result;

    // Only dimensions present on every scored transcript are analysed (the reference drops the others).
    std::vector<std::int32_t> column(set.dimensions.size(), -1);
    std::vector<std::uint32_t> kept;
    for (std::uint32_t d : dimensionOrder)
        if (seenCount[d] == n) {
            column[d] = static_cast<std::int32_t>(kept.size());
            kept.push_back(d);
        }
    std::vector<std::vector<std::uint32_t>> levelsOf(kept.size(), std::vector<std::uint32_t>(n));
    std::size_t row = 0;
    for (const TranscriptRecord& r : set.records) {
        if (!r.scored) continue;
        for (std::uint32_t i = r.dimensionsBegin; i < r.dimensionsBegin + r.dimensionCount; ++i) {
            const auto& ref = set.dimensionLevels[i];
            if (column[ref.dimension] >= 0) levelsOf[static_cast<std::size_t>(column[ref.dimension])][row] = ref.level;
        }
        ++row;
    }

    const bool scoresConstant = stats::standardDeviation(scores, 0) == 0.0;
    // Every dimension groups the same scores: rank them once.
    const std::vector<double> scoreRanks = stats::averageRanks(scores);
    const double scoreTies = stats::tieSum(scores);
    std::vector<std::int32_t> groupOfLevel(set.levels.size(), -1);
    for (std::size_t c = 0; c < kept.size(); ++c) {
        DimensionEffect effect;
        effect.dimension = kept[c];
        std::fill(groupOfLevel.begin(), groupOfLevel.end(), -1);
        std::vector<int> groupOf(n);
        int groups = 0;
        bool numericLevels = true;
        std::vector<double> numeric(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t level = levelsOf[c][i];
            if (groupOfLevel[level] < 0) groupOfLevel[level] = groups++;
            groupOf[i] = groupOfLevel[level];
            numeric[i] = set.levels[level].numeric;
            numericLevels = numericLevels && !std::isnan(numeric[i]);
        }
        // Mean score per level and model, for the "score by dimension level" chart.
        {
            const std::size_t models = set.models.size();
            std::vector<double> sum(static_cast<std::size_t>(groups) * models, 0.0);
            std::vector<long long> count(static_cast<std::size_t>(groups) * models, 0);
            std::vector<LevelMeans> levels(static_cast<std::size_t>(groups));
            for (std::size_t i = 0; i < n; ++i) {
                const auto g = static_cast<std::size_t>(groupOf[i]);
                levels[g].level = levelsOf[c][i];
                ++levels[g].count;
                sum[g * models + modelOf[i]] += scores[i];
                ++count[g * models + modelOf[i]];
            }
            for (std::size_t g = 0; g < levels.size(); ++g)
                for (std::uint32_t m = 0; m < models; ++m)
                    if (count[g * models + m] > 0)
                        levels[g].meanByModel.emplace_back(m, sum[g * models + m] / static_cast<double>(count[g * models + m]));
            effect.levels = std::move(levels);
        }
        if (n >= 3 && groups >= 2 && !scoresConstant) {
            if (const auto kw = stats::kruskalWallisFromRanks(scoreRanks, scoreTies, groupOf, groups)) {
                effect.pValue = std::isfinite(kw->pValue) ? kw->pValue : 1.0;
                effect.effectSize = stats::etaSquared(scores, groupOf, groups);
            }
        }
        if (numericLevels && n >= 3) {
            if (const auto r = stats::pearson(stats::averageRanks(numeric), scoreRanks)) {
                effect.correlation = *r;
                effect.correlationPValue = stats::correlationPValue(*r, n);
            }
        }
        result.dimensions.push_back(effect);
    }
    std::stable_sort(result.dimensions.begin(), result.dimensions.end(), [](const DimensionEffect& a, const DimensionEffect& b) {
        return sortKey(a.effectSize) > sortKey(b.effectSize);
    });
    double total = 0.0;
    for (const DimensionEffect& e : result.dimensions) total += pyRound(e.effectSize, 6);
    result.varianceExplained = std::min(pyRound(total, 6), 1.0);
    return result;
}

void writeDimensionAnalysis(JsonWriter& w, const TranscriptSet& set, const DimensionAnalysis& a)
{
    w.beginObject();
    w.key("dimensions").beginObject();
    long long rank = 0;
    for (const DimensionEffect& e : a.dimensions) {
        w.key(set.dimensions.text(e.dimension)).beginObject();
        w.field("effectSize", pyRound(e.effectSize, 6));
        w.key("rank").integer(++rank);
        w.field("pValue", pyRound(e.pValue, 6));
        w.key("significant").boolean(e.pValue < kAlpha);
        w.key("correlation");
        e.correlation ? w.value(pyRound(*e.correlation, 6)) : w.null();
        w.key("correlationPValue");
        e.correlationPValue ? w.value(pyRound(*e.correlationPValue, 6)) : w.null();
        w.key("levels").beginArray();
        for (const LevelMeans& level : e.levels) {
            w.beginObject().field("level", std::string_view(set.levels[level.level].text)).key("n").integer(level.count);
            w.key("meanByModel").beginObject();
            for (const auto& [model, mean] : level.meanByModel) w.field(set.models.text(model), pyRound(mean, 6));
            w.endObject().endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endObject();
    w.field("varianceExplained", a.dimensions.empty() ? 0.0 : a.varianceExplained);
    w.field("method", "kruskal_wallis");
    w.endObject();
}

} // namespace vr::analysis
