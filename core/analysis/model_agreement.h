#pragma once
// modelAgreement (the reference, docs/worker-protocol.md): scores aligned on the scenarios every scoring model
// answered, pairwise Spearman ρ with Holm-corrected p-values, Cohen's d and kappas, outlier models, and the
// overall agreement.
#include "analysis/aligned_scores.h"
#include "protocol/json_writer.h"
#include "stats/mean_interval.h"

#include <optional>
#include <string>
#include <vector>

namespace vr::analysis {

struct PairAgreement {
    std::size_t first = 0, second = 0; // indices into ModelAgreement::models
    double rho = 0.0, pValue = 1.0, pValueCorrected = 1.0, effectSize = 0.0;
    bool significant = false;
    std::optional<double> kappa, weightedKappa;
    std::optional<stats::Interval> spearmanCI95, weightedKappaCI95; // with the cluster bootstrap on
};

struct ModelAgreement {
    std::vector<std::uint32_t> models;          // aligned models, in order of first appearance
    std::size_t alignedScenarios = 0;
    std::vector<PairAgreement> pairs;
    std::vector<std::uint32_t> outliers;
    double overallAgreement = 1.0;
    std::optional<double> overallKappa;
    bool pairwiseSkipped = false;               // more models than kMaxPairwiseModels
    bool bootstrapped = false;                  // the pairs carry bootstrap intervals (possibly null)
};

// Beyond this many aligned models the pairwise table (n²/2 pairs) is not computed; a warning says so.
constexpr std::size_t kMaxPairwiseModels = 500;

ModelAgreement computeModelAgreement(const AlignedScores& aligned);
// The reference's key of each pair, "a:b". Ids that contain ':' can make two pairs share a key (a:b + c and
// a + b:c): the pairwise object keeps the first, the `pairs` list keeps every pair, and a warning says so.
std::vector<std::string> pairKeys(const TranscriptSet& set, const ModelAgreement& agreement);
// The keys that more than one pair shares, in first-appearance order.
std::vector<std::string> collidingPairKeys(const TranscriptSet& set, const ModelAgreement& agreement);
void writeModelAgreement(JsonWriter& w, const TranscriptSet& set, const ModelAgreement& agreement);

} // namespace vr::analysis
