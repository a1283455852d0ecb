#pragma once
// perModel (the reference, docs/worker-protocol.md): sample size, value win rates with Wilson intervals, and the
// overall mean / sample standard deviation / min / max / Student-t 95 % interval of every scored sample; and
// (analysis 3.x) `clustered`: the same mean with a cluster-robust interval, scenarios as clusters.
#include "analysis/transcript_set.h"
#include "protocol/json_writer.h"
#include "stats/clustered_mean.h"

#include <optional>
#include <vector>

namespace vr::analysis {

struct ValueTally {
    std::uint32_t value = 0;
    long long prioritized = 0, deprioritized = 0, neutral = 0;
};

struct ModelSummary {
    std::uint32_t model = 0;
    long long sampleSize = 0;              // every transcript of the model, scored or not
    std::vector<ValueTally> values;        // in order of first appearance
    std::vector<double> scores;            // scored samples, in input order
    std::vector<std::uint32_t> scoreScenarios; // the scenario of each scored sample
    double mean = 0, stdDev = 0, min = 0, max = 0;
    std::optional<std::pair<double, double>> meanCI95;
    stats::ClusteredMean clustered;
};

// Models in order of first appearance in the transcripts.
std::vector<ModelSummary> summarizeModels(const TranscriptSet& set);
void writePerModel(JsonWriter& w, const TranscriptSet& set, const std::vector<ModelSummary>& models);

} // namespace vr::analysis
