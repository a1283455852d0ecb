#pragma once
// dimensionAnalysis (the reference, docs/worker-protocol.md): for each scenario dimension present on every scored
// transcript, the Kruskal–Wallis p of the scores grouped by level, η² as effect size, ranked by effect; and the
// Spearman correlation between the numeric level and the score.
#include "analysis/transcript_set.h"
#include "protocol/json_writer.h"

#include <optional>
#include <vector>

namespace vr::analysis {

struct LevelMeans {
    std::uint32_t level = 0;                                   // id in TranscriptSet::levels
    long long count = 0;                                       // scored samples at this level
    std::vector<std::pair<std::uint32_t, double>> meanByModel; // model id, mean score
};

struct DimensionEffect {
    std::uint32_t dimension = 0;
    std::vector<LevelMeans> levels; // in order of first appearance: the mean score of each model per level
    double effectSize = 0.0; // η²
    double pValue = 1.0;
    std::optional<double> correlation, correlationPValue;
};

struct DimensionAnalysis {
    std::vector<DimensionEffect> dimensions; // ranked by effect size, largest first
    double varianceExplained = 0.0;
};

DimensionAnalysis computeDimensionAnalysis(const TranscriptSet& set);
void writeDimensionAnalysis(JsonWriter& w, const TranscriptSet& set, const DimensionAnalysis& analysis);

} // namespace vr::analysis
