#include "analysis/model_agreement.h"

#include "protocol/python_format.h"
#include "stats/descriptive.h"
#include "stats/effect_size.h"
#include "stats/holm.h"
#include "stats/kappa.h"
#include "stats/ranks.h"
#include "stats/spearman.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace vr::analysis {
namespace {

constexpr double kAlpha = 0.05;
constexpr double kOutlierThreshold = 2.0;

// Per aligned model, its scores on the shared scenarios in ascending scenarioId order (last sample wins).
std::vector<std::vector<double>> alignScores(const TranscriptSet& set, std::vector<std::uint32_t>& modelsOut)
{
    const std::size_t modelCount = set.models.size();
    const std::size_t scenarioCount = set.scenarios.size();
    std::vector<char> hasScore(modelCount, 0);
    std::vector<std::size_t> perScenario(scenarioCount + 1, 0);
    for (const TranscriptRecord& r : set.records)
        if (r.scored) {
            hasScore[r.model] = 1;
            ++perScenario[r.scenario + 1];
        }
    std::partial_sum(perScenario.begin(), perScenario.end(), perScenario.begin());
    std::vector<std::uint32_t> byScenario(perScenario.back());
    {
        std::vector<std::size_t> cursor(perScenario.begin(), perScenario.end() - 1);
        for (std::uint32_t i = 0; i < set.records.size(); ++i)
            if (set.records[i].scored) byScenario[cursor[set.records[i].scenario]++] = i;
    }
    std::vector<std::int32_t> column(modelCount, -1);
    for (std::uint32_t m = 0; m < modelCount; ++m)
        if (hasScore[m]) {
            column[m] = static_cast<std::int32_t>(modelsOut.size());
            modelsOut.push_back(m);
        }
    std::vector<std::uint32_t> scenarioOrder(scenarioCount);
    std::iota(scenarioOrder.begin(), scenarioOrder.end(), 0u);
    std::sort(scenarioOrder.begin(), scenarioOrder.end(),
              [&](std::uint32_t a, std::uint32_t b) { return set.scenarios.text(a) < set.scenarios.text(b); });

    std::vector<std::vector<double>> columns(modelsOut.size());
    std::vector<std::uint32_t> seenIn(modelCount, UINT32_MAX);
    std::vector<double> last(modelCount, 0.0);
    for (std::uint32_t s : scenarioOrder) {
        std::size_t distinct = 0;
        for (std::size_t k = perScenario[s]; k < perScenario[s + 1]; ++k) {
            const TranscriptRecord& r = set.records[byScenario[k]];
            if (seenIn[r.model] != s) {
                seenIn[r.model] = s;
                ++distinct;
            }
            last[r.model] = r.score;
        }
        if (distinct == 0 || distinct != modelsOut.size()) continue;
        for (std::size_t c = 0; c < modelsOut.size(); ++c) columns[c].push_back(last[modelsOut[c]]);
    }
    if (!columns.empty() && columns.front().empty()) {
        modelsOut.clear();
        columns.clear();
    }
    return columns;
}

} // namespace

ModelAgreement computeModelAgreement(const TranscriptSet& set)
{
    ModelAgreement result;
    const auto columns = alignScores(set, result.models);
    const std::size_t k = result.models.size();
    result.alignedScenarios = columns.empty() ? 0 : columns.front().size();
    if (k < 2) return result;
    if (k > kMaxPairwiseModels) {
        result.pairwiseSkipped = true;
        return result;
    }
    const std::size_t n = result.alignedScenarios;
    std::vector<std::vector<double>> ranks(k);
    if (n >= 3)
        for (std::size_t i = 0; i < k; ++i) ranks[i] = stats::averageRanks(columns[i]);

    // Map every model's scores to category indices once; each pair's kappa table is then integer counting.
    std::vector<double> allScores;
    for (const auto& c : columns) allScores.insert(allScores.end(), c.begin(), c.end());
    const auto categories = stats::distinctCategories(allScores, 4096);
    std::vector<std::vector<std::uint16_t>> codes(categories ? k : 0);
    for (std::size_t i = 0; categories && i < k; ++i) {
        codes[i].resize(n);
        for (std::size_t r = 0; r < n; ++r)
            codes[i][r] = static_cast<std::uint16_t>(std::lower_bound(categories->begin(), categories->end(), columns[i][r]) - categories->begin());
    }

    std::vector<double> rawP;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) {
            PairAgreement pair;
            pair.first = i;
            pair.second = j;
            if (n >= 3) {
                const auto c = stats::spearmanFromRanks(ranks[i], ranks[j]);
                pair.rho = std::isfinite(c.rho) ? c.rho : 0.0;
                pair.pValue = std::isfinite(c.pValue) ? c.pValue : 1.0;
                pair.effectSize = stats::cohensD(columns[i], columns[j]);
            }
            if (categories) {
                const auto kappas = stats::cohensKappasFromIndices(codes[i], codes[j], *categories);
                pair.kappa = kappas.unweighted;
                pair.weightedKappa = kappas.quadratic;
            }
            rawP.push_back(pair.pValue);
            result.pairs.push_back(pair);
        }
    const auto holm = stats::holmBonferroni(rawP, kAlpha);
    double kappaSum = 0.0;
    std::size_t kappaCount = 0;
    std::vector<std::vector<double>> rhosOfModel(k);
    std::vector<double> roundedRhos(result.pairs.size());
    for (std::size_t p = 0; p < result.pairs.size(); ++p) {
        PairAgreement& pair = result.pairs[p];
        pair.pValueCorrected = holm.adjusted[p];
        pair.significant = holm.significant[p];
        roundedRhos[p] = pyRound(pair.rho, 6);
        rhosOfModel[pair.first].push_back(roundedRhos[p]);
        rhosOfModel[pair.second].push_back(roundedRhos[p]);
        if (pair.kappa) {
            kappaSum += *pair.kappa;
            ++kappaCount;
        }
    }
    result.overallAgreement = pyRound(stats::mean(roundedRhos), 6);
    if (kappaCount > 0) result.overallKappa = kappaSum / static_cast<double>(kappaCount);

    if (k >= 3) {
        std::vector<double> modelMeans(k);
        for (std::size_t i = 0; i < k; ++i) modelMeans[i] = stats::mean(rhosOfModel[i]);
        const double overall = stats::mean(modelMeans);
        const double sd = stats::standardDeviation(modelMeans, 1);
        if (sd > 0 && std::isfinite(sd))
            for (std::size_t i = 0; i < k; ++i)
                if (std::fabs((modelMeans[i] - overall) / sd) > kOutlierThreshold) result.outliers.push_back(result.models[i]);
    }
    return result;
}

std::vector<std::string> pairKeys(const TranscriptSet& set, const ModelAgreement& a)
{
    std::vector<std::string> keys;
    keys.reserve(a.pairs.size());
    for (const PairAgreement& p : a.pairs) {
        std::string key(set.models.text(a.models[p.first]));
        key += ':';
        key += set.models.text(a.models[p.second]);
        keys.push_back(std::move(key));
    }
    return keys;
}

std::vector<std::string> collidingPairKeys(const TranscriptSet& set, const ModelAgreement& a)
{
    const std::vector<std::string> keys = pairKeys(set, a);
    std::unordered_map<std::string_view, int> seen;
    std::vector<std::string> colliding;
    for (const std::string& key : keys)
        if (++seen[key] == 2) colliding.push_back(key);
    return colliding;
}

namespace {

void writePairFields(JsonWriter& w, const PairAgreement& p, std::size_t aligned)
{
    w.field("spearmanRho", pyRound(p.rho, 6));
    w.field("pValue", pyRound(p.pValue, 6));
    w.field("pValueCorrected", pyRound(p.pValueCorrected, 6));
    w.key("significant").boolean(p.significant);
    w.field("effectSize", pyRound(p.effectSize, 6));
    w.field("effectInterpretation", stats::interpretCohensD(p.effectSize));
    w.key("cohensKappa");
    p.kappa ? w.value(pyRound(*p.kappa, 6)) : w.null();
    w.key("weightedKappa");
    p.weightedKappa ? w.value(pyRound(*p.weightedKappa, 6)) : w.null();
    w.key("n").integer(static_cast<long long>(aligned));
}

} // namespace

void writeModelAgreement(JsonWriter& w, const TranscriptSet& set, const ModelAgreement& a)
{
    const std::vector<std::string> keys = pairKeys(set, a);
    w.beginObject();
    w.key("pairwise").beginObject();
    std::unordered_set<std::string_view> written;
    for (std::size_t i = 0; i < a.pairs.size(); ++i) {
        if (!written.insert(keys[i]).second) continue; // a colliding key: the pair is in `pairs` below
        w.key(keys[i]).beginObject();
        writePairFields(w, a.pairs[i], a.alignedScenarios);
        w.endObject();
    }
    w.endObject();
    // Every pair, with its two models named apart: no pair is lost whatever the ids contain.
    w.key("pairs").beginArray();
    for (const PairAgreement& p : a.pairs) {
        w.beginObject();
        w.field("modelA", set.models.text(a.models[p.first]));
        w.field("modelB", set.models.text(a.models[p.second]));
        writePairFields(w, p, a.alignedScenarios);
        w.endObject();
    }
    w.endArray();
    w.key("outlierModels").beginArray();
    for (std::uint32_t m : a.outliers) w.value(set.models.text(m));
    w.endArray();
    w.field("overallAgreement", a.pairs.empty() ? 1.0 : a.overallAgreement);
    w.key("overallKappa");
    a.overallKappa ? w.value(pyRound(*a.overallKappa, 6)) : w.null();
    w.key("alignedScenarios").integer(static_cast<long long>(a.alignedScenarios));
    w.endObject();
}

} // namespace vr::analysis
