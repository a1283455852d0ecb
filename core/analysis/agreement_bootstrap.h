#pragma once
// Cluster-bootstrap percentile intervals for the agreement between models (analysis 3.x,
// docs/worker-protocol.md): the aligned scenarios are drawn with replacement, every pair's Spearman ρ and
// quadratic-weighted kappa recomputed on each draw, and the 2.5th and 97.5th percentiles (numpy's linear
// interpolation) kept. Each draw has its own random stream derived from the seed and the draw's number, so
// the intervals are bit-identical whatever the number of threads.
#include "analysis/aligned_scores.h"
#include "analysis/model_agreement.h"

namespace vr::analysis {

// Fills pair.spearmanCI95 and pair.weightedKappaCI95 of every pair (null where no draw defines them) and sets
// agreement.bootstrapped. Returns false, leaving the pairs alone, when the work would be unreasonably large.
bool bootstrapAgreement(const AlignedScores& aligned, ModelAgreement& agreement, std::uint32_t samples, std::uint64_t seed,
                        unsigned threads);

// The most pair × draw results one analysis keeps in memory.
inline constexpr std::size_t kMaxBootstrapResults = 50'000'000;

} // namespace vr::analysis
