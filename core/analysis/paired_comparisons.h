#pragma once
// pairedComparisons (analysis 3.x, docs/worker-protocol.md): every pair of models compared on the scenarios both
// scored, the scenario being the unit: d = a's cell mean − b's cell mean; the one-sample t test and the Wilcoxon
// signed-rank test on d, and the t test's p adjusted across all pairs by Holm and by Benjamini–Hochberg.
#include "analysis/scenario_cells.h"
#include "protocol/json_writer.h"
#include "stats/one_sample_t.h"

#include <optional>
#include <vector>

namespace vr::analysis {

struct PairedComparison {
    std::uint32_t modelA = 0, modelB = 0; // a before b in first-appearance order
    std::size_t scenarios = 0;            // scenarios both scored
    stats::OneSampleT test;               // on d; reported only with at least two scenarios
    std::optional<double> wilcoxonP, pValueHolm, pValueBH;
};

// Pairs of every model of the input, in first-appearance order; none beyond kMaxPairwiseModels models.
// `threads` workers share the pairs (the result does not depend on it).
std::vector<PairedComparison> comparePairs(const TranscriptSet& set, const ScenarioCells& cells, unsigned threads = 1);
void writePairedComparisons(JsonWriter& w, const TranscriptSet& set, const std::vector<PairedComparison>& comparisons);

} // namespace vr::analysis
