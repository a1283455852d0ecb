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

} // namespace

ModelAgreement computeModelAgreement(const AlignedScores& aligned)
{
    ModelAgreement result;
    result.models = aligned.models;
    const auto& columns = aligned.values;
    const std::size_t k = result.models.size();
    result.alignedScenarios = aligned.scenarioCount();
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
    std::vector<double> allCodes;
    for (const auto& c : aligned.kappaCodes) allCodes.insert(allCodes.end(), c.begin(), c.end());
    const auto categories = stats::distinctCategories(allCodes, 4096);
    std::vector<std::vector<std::uint16_t>> codes(categories ? k : 0);
    for (std::size_t i = 0; categories && i < k; ++i) {
        codes[i].resize(n);
        for (std::size_t r = 0; r < n; ++r)
            codes[i][r] = static_cast<std::uint16_t>(
                std::lower_bound(categories->begin(), categories->end(), aligned.kappaCodes[i][r]) - categories->begin());
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

void writeInterval(JsonWriter& w, const std::optional<stats::Interval>& interval)
{
    if (interval) w.beginObject().field("lower", interval->lower).field("upper", interval->upper).endObject();
    else w.null();
}

void writePairFields(JsonWriter& w, const PairAgreement& p, std::size_t aligned, bool bootstrapped)
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
    if (bootstrapped) {
        w.key("spearmanCI95");
        writeInterval(w, p.spearmanCI95);
        w.key("weightedKappaCI95");
        writeInterval(w, p.weightedKappaCI95);
    }
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
        writePairFields(w, a.pairs[i], a.alignedScenarios, a.bootstrapped);
        w.endObject();
    }
    w.endObject();
    // Every pair, with its two models named apart: no pair is lost whatever the ids contain.
    w.key("pairs").beginArray();
    for (const PairAgreement& p : a.pairs) {
        w.beginObject();
        w.field("modelA", set.models.text(a.models[p.first]));
        w.field("modelB", set.models.text(a.models[p.second]));
        writePairFields(w, p, a.alignedScenarios, a.bootstrapped);
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
