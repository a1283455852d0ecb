#include "analysis/per_model_stats.h"

#include "protocol/python_format.h"
#include "stats/descriptive.h"
#include "stats/mean_interval.h"
#include "stats/wilson.h"

#include <algorithm>

namespace vr::analysis {

std::vector<ModelSummary> summarizeModels(const TranscriptSet& set)
{
    std::vector<ModelSummary> models(set.models.size());
    for (std::uint32_t m = 0; m < models.size(); ++m) models[m].model = m;
    std::vector<std::vector<std::int32_t>> valueSlot(models.size());
    for (const TranscriptRecord& r : set.records) {
        ModelSummary& s = models[r.model];
        ++s.sampleSize;
        if (r.scored) {
            s.scores.push_back(r.score);
            s.scoreScenarios.push_back(r.scenario);
        }
        for (std::uint32_t i = r.valuesBegin; i < r.valuesBegin + r.valueCount; ++i) {
            const ValueMark& mark = set.valueMarks[i];
            auto& valueSlots = valueSlot[r.model];
            if (valueSlots.size() <= mark.value) valueSlots.resize(mark.value + 1, -1);
            if (valueSlots[mark.value] < 0) {
                valueSlots[mark.value] = static_cast<std::int32_t>(s.values.size());
                s.values.push_back({mark.value});
            }
            ValueTally& tally = s.values[static_cast<std::size_t>(valueSlots[mark.value])];
            if (mark.status == ValueStatus::Prioritized) ++tally.prioritized;
            else if (mark.status == ValueStatus::Deprioritized) ++tally.deprioritized;
            else ++tally.neutral;
        }
    }
    // Each model's scenarios numbered 0.. in order of appearance, so that the clustered mean needs room for the
    // model's own scenarios only (stamp: the model that numbered a scenario last, plus one).
    std::vector<std::uint32_t> stamp(set.scenarios.size(), 0), localId(set.scenarios.size(), 0), clusterIds;
    for (ModelSummary& s : models) {
        if (s.scores.empty()) continue;
        clusterIds.resize(s.scoreScenarios.size());
        std::uint32_t clusters = 0;
        for (std::size_t i = 0; i < s.scoreScenarios.size(); ++i) {
            const std::uint32_t scenario = s.scoreScenarios[i];
            if (stamp[scenario] != s.model + 1) {
                stamp[scenario] = s.model + 1;
                localId[scenario] = clusters++;
            }
            clusterIds[i] = localId[scenario];
        }
        s.clustered = stats::clusteredMean(s.scores, clusterIds, clusters);
        s.mean = stats::mean(s.scores);
        s.stdDev = s.scores.size() > 1 ? stats::standardDeviation(s.scores, 1) : 0.0;
        const auto [lo, hi] = std::minmax_element(s.scores.begin(), s.scores.end());
        s.min = *lo;
        s.max = *hi;
        if (const auto ci = stats::meanInterval95(s.scores)) s.meanCI95 = std::make_pair(ci->lower, ci->upper);
    }
    return models;
}

namespace {

void writeOptional(JsonWriter& w, std::string_view key, const std::optional<double>& value)
{
    w.key(key);
    value ? w.value(*value) : w.null();
}

void writeClustered(JsonWriter& w, const stats::ClusteredMean& c)
{
    w.beginObject();
    w.key("mean");
    c.n > 0 ? w.value(c.mean) : w.null();
    writeOptional(w, "se", c.se);
    w.key("ci95");
    if (c.ci95) w.beginObject().field("lower", c.ci95->lower).field("upper", c.ci95->upper).endObject();
    else w.null();
    w.key("clusters").integer(static_cast<long long>(c.clusters));
    writeOptional(w, "designEffect", c.designEffect);
    writeOptional(w, "effectiveN", c.effectiveN);
    writeOptional(w, "icc", c.icc);
    w.endObject();
}

} // namespace

void writePerModel(JsonWriter& w, const TranscriptSet& set, const std::vector<ModelSummary>& models)
{
    w.beginObject();
    for (const ModelSummary& s : models) {
        w.key(set.models.text(s.model)).beginObject();
        w.key("sampleSize").integer(s.sampleSize);
        w.key("values").beginObject();
        for (const ValueTally& v : s.values) {
            const long long decided = v.prioritized + v.deprioritized;
            w.key(set.values.text(v.value)).beginObject();
            w.field("winRate", decided == 0 ? 0.5 : pyRound(static_cast<double>(v.prioritized) / static_cast<double>(decided), 6));
            w.key("confidenceInterval").beginObject();
            const auto ci = stats::wilsonInterval95(static_cast<double>(v.prioritized), static_cast<double>(decided));
            w.field("lower", ci ? pyRound(ci->lower, 6) : 0.0);
            w.field("upper", ci ? pyRound(ci->upper, 6) : 1.0);
            w.field("level", 0.95);
            w.field("method", "wilson_score");
            w.endObject();
            w.key("count").beginObject();
            w.key("prioritized").integer(v.prioritized);
            w.key("deprioritized").integer(v.deprioritized);
            w.key("neutral").integer(v.neutral);
            w.endObject();
            w.endObject();
        }
        w.endObject();
        const double mean = pyRound(s.mean, 6), stdDev = pyRound(s.stdDev, 6);
        w.key("overall").beginObject();
        w.field("mean", mean).field("stdDev", stdDev).field("min", pyRound(s.min, 6)).field("max", pyRound(s.max, 6));
        w.key("meanCI95");
        if (s.meanCI95) {
            w.beginObject().field("lower", pyRound(s.meanCI95->first, 6)).field("upper", pyRound(s.meanCI95->second, 6)).endObject();
        } else {
            w.null();
        }
        w.endObject();
        w.field("mean", mean).field("stdDev", stdDev);
        w.key("clustered");
        writeClustered(w, s.clustered);
        w.endObject();
    }
    w.endObject();
}

} // namespace vr::analysis
