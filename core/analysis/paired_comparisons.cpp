#include "analysis/paired_comparisons.h"

#include "analysis/model_agreement.h"
#include "stats/benjamini_hochberg.h"
#include "stats/holm.h"
#include "stats/wilcoxon.h"

#include <algorithm>
#include <thread>

namespace vr::analysis {
namespace {

struct RankedMean {
    std::uint32_t rank; // the scenario's place in ascending scenarioId order
    double mean;
};

// Per model, its cell means in scenario order.
std::vector<std::vector<RankedMean>> meansByModel(const TranscriptSet& set, const ScenarioCells& cells)
{
    std::vector<std::vector<RankedMean>> byModel(set.models.size());
    for (std::uint32_t rank = 0; rank < cells.scenarioOrder.size(); ++rank)
        for (const ScenarioCell& cell : cells.of(cells.scenarioOrder[rank])) byModel[cell.model].push_back({rank, cell.mean()});
    return byModel;
}

void compare(const std::vector<RankedMean>& a, const std::vector<RankedMean>& b, PairedComparison& out, std::vector<double>& d)
{
    d.clear();
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].rank < b[j].rank) ++i;
        else if (b[j].rank < a[i].rank) ++j;
        else d.push_back(a[i++].mean - b[j++].mean);
    }
    out.scenarios = d.size();
    if (d.size() < 2) return;
    out.test = stats::oneSampleT(d);
    out.wilcoxonP = stats::wilcoxonSignedRankP(d);
}

} // namespace

std::vector<PairedComparison> comparePairs(const TranscriptSet& set, const ScenarioCells& cells, unsigned threads)
{
    const std::uint32_t k = static_cast<std::uint32_t>(set.models.size());
    std::vector<PairedComparison> result;
    if (k < 2 || k > kMaxPairwiseModels) return result;
    for (std::uint32_t a = 0; a < k; ++a)
        for (std::uint32_t b = a + 1; b < k; ++b) result.push_back({a, b});
    const auto byModel = meansByModel(set, cells);
    auto work = [&](std::size_t begin, std::size_t stride) {
        std::vector<double> d;
        for (std::size_t p = begin; p < result.size(); p += stride)
            compare(byModel[result[p].modelA], byModel[result[p].modelB], result[p], d);
    };
    threads = std::clamp<unsigned>(threads, 1, 16);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread& t : pool) t.join();

    // Holm and BH across the pairs that have a p-value.
    std::vector<double> p;
    std::vector<std::size_t> tested;
    for (std::size_t i = 0; i < result.size(); ++i)
        if (result[i].test.pValue) {
            p.push_back(*result[i].test.pValue);
            tested.push_back(i);
        }
    const auto holm = stats::holmBonferroni(p);
    const auto bh = stats::benjaminiHochberg(p);
    for (std::size_t i = 0; i < tested.size(); ++i) {
        result[tested[i]].pValueHolm = holm.adjusted[i];
        result[tested[i]].pValueBH = bh[i];
    }
    return result;
}

void writePairedComparisons(JsonWriter& w, const TranscriptSet& set, const std::vector<PairedComparison>& comparisons)
{
    auto optional = [&w](std::string_view key, const std::optional<double>& v) {
        w.key(key);
        v ? w.value(*v) : w.null();
    };
    w.beginArray();
    for (const PairedComparison& c : comparisons) {
        const bool enough = c.scenarios >= 2;
        w.beginObject();
        w.field("modelA", set.models.text(c.modelA));
        w.field("modelB", set.models.text(c.modelB));
        w.key("scenarios").integer(static_cast<long long>(c.scenarios));
        optional("meanDifference", enough ? std::optional<double>(c.test.mean) : std::nullopt);
        w.key("ci95");
        if (c.test.ci95) w.beginObject().field("lower", c.test.ci95->lower).field("upper", c.test.ci95->upper).endObject();
        else w.null();
        optional("tStatistic", c.test.t);
        optional("pValue", c.test.pValue);
        optional("pValueHolm", c.pValueHolm);
        optional("pValueBH", c.pValueBH);
        optional("wilcoxonPValue", c.wilcoxonP);
        w.endObject();
    }
    w.endArray();
}

} // namespace vr::analysis
