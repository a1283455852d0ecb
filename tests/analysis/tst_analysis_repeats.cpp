// Analysis 3.x (docs/worker-protocol.md): options.repeats, perModel[m].clustered, pairedComparisons and the
// cluster bootstrap of agreement, checked against scipy/statsmodels values (tests/stats/data) and against
// straightforward recomputation with the statistics core.
#include "analysis_inputs.h"
#include "../stats/independent_fixtures.h"

#include "stats/kappa.h"
#include "stats/split_mix64.h"
#include "stats/spearman.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace vr;
using namespace vr::test;

namespace {

const Json& fixtures() { return test::independentFixtures(); }

const Json& fixture(const char* section, const std::string& name)
{
    for (const Json& c : fixtures()[section])
        if (c["name"] == name) return c;
    qFatal("no fixture %s/%s", section, name.c_str());
}

bool near(const Json& expected, const Json& got, double tolerance = 1e-9)
{
    if (expected.is_null() || got.is_null()) return expected.is_null() && got.is_null();
    return std::fabs(expected.get<double>() - got.get<double>()) <= tolerance * std::max(1.0, std::fabs(expected.get<double>()));
}

std::string number(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

std::string scenarioId(int s)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "s%04d", s);
    return buffer;
}

// Everything but the clock.
Json withoutTimes(Json analysis)
{
    analysis.erase("computedAt");
    analysis.erase("durationMs");
    return analysis;
}

// Random integer scores of `models` models on `scenarios` scenarios with `repeats` repeats, correlated through
// a scenario effect.
std::vector<std::string> randomRun(int models, int scenarios, int repeats, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<std::string> t;
    for (int s = 0; s < scenarios; ++s) {
        const double scenarioEffect = normal(rng);
        for (int m = 0; m < models; ++m)
            for (int r = 0; r < repeats; ++r) {
                const double latent = 3.0 + 0.2 * m + scenarioEffect + 0.8 * normal(rng);
                const int score = std::clamp(static_cast<int>(std::lround(latent)), 1, 5);
                t.push_back(transcript("model-" + std::to_string(m), scenarioId(s), std::to_string(score)));
            }
    }
    return t;
}

using stats::SplitMix64;

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double position = q / 100.0 * static_cast<double>(v.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, v.size() - 1);
    return v[below] + (v[above] - v[below]) * (position - static_cast<double>(below));
}

} // namespace

class AnalysisRepeatsTest : public QObject {
    Q_OBJECT

private slots:
    void lastRepeatIsTheDefaultAndCellMeanUsesEveryRepeat()
    {
        // The example: five samples 4, 4, 5, 5, 3 of one cell; the reference shows the last (3).
        std::vector<std::string> t;
        for (const char* score : {"4", "4", "5", "5", "3"}) t.push_back(transcript("a", "s1", score));
        t.push_back(transcript("b", "s1", "1"));
        for (int s = 2; s <= 4; ++s) {
            t.push_back(transcript("a", "s" + std::to_string(s), std::to_string(s)));
            t.push_back(transcript("b", "s" + std::to_string(s), std::to_string(6 - s)));
        }
        const Json byDefault = analyze(run(t))["analysis"];
        const Json last = analyze(run(t, "\"options\": {\"repeats\": \"last\"}"))["analysis"];
        const Json cellMean = analyze(run(t, "\"options\": {\"repeats\": \"cell-mean\"}"))["analysis"];
        QCOMPARE(withoutTimes(byDefault).dump(), withoutTimes(last).dump());
        QCOMPARE(byDefault["mostContestedScenarios"][0]["modelScores"]["a"].get<double>(), 3.0);
        QVERIFY(byDefault["methodsUsed"]["repeats"] == Json("last"));
        QVERIFY(cellMean["methodsUsed"]["repeats"] == Json("cell-mean"));
        const Json top = cellMean["mostContestedScenarios"][0];
        QVERIFY(top["scenarioId"] == Json("s1"));
        QVERIFY(near(Json(4.2), top["modelScores"]["a"], 1e-12));
        // Population variance of the two cell means 4.2 and 1.
        QVERIFY(near(Json(1.6 * 1.6), top["variance"], 1e-6));
        // The per-model mean is over every scored transcript in both modes.
        QVERIFY(cellMean["perModel"]["a"]["overall"] == byDefault["perModel"]["a"]["overall"]);
    }

    void cellMeanAgreementIsComputedOnCellMeans()
    {
        const auto t = randomRun(3, 12, 3, 7);
        const Json a = analyze(run(t, "\"options\": {\"repeats\": \"cell-mean\"}"))["analysis"];
        std::map<std::string, std::map<std::string, std::pair<double, int>>> cells; // model → scenario → sum, count
        for (const std::string& text : t) {
            const Json j = Json::parse(text);
            auto& cell = cells[j["modelId"]][j["scenarioId"]];
            cell.first += j["summary"]["score"].get<double>();
            ++cell.second;
        }
        auto column = [&](const std::string& model, bool rounded) {
            std::vector<double> v;
            for (const auto& [scenario, cell] : cells[model]) {
                const double mean = cell.first / cell.second;
                v.push_back(rounded ? std::floor(mean + 0.5) : mean);
            }
            return v;
        };
        for (const auto& [first, second] : {std::pair{"model-0", "model-1"}, std::pair{"model-0", "model-2"}, std::pair{"model-1", "model-2"}}) {
            const Json pair = a["modelAgreement"]["pairwise"][std::string(first) + ":" + second];
            const auto rho = stats::spearman(column(first, false), column(second, false));
            const auto kappas = stats::cohensKappas(column(first, true), column(second, true));
            QVERIFY(near(Json(rho.rho), pair["spearmanRho"], 1e-6));
            QVERIFY(near(Json(*kappas.quadratic), pair["weightedKappa"], 1e-6));
            QVERIFY(near(Json(*kappas.unweighted), pair["cohensKappa"], 1e-6));
            QCOMPARE(pair["n"].get<int>(), 12);
        }
        // The last-repeat rule gives other numbers on the same data.
        const Json last = analyze(run(t))["analysis"];
        QVERIFY(last["modelAgreement"]["pairwise"]["model-0:model-1"]["spearmanRho"] != a["modelAgreement"]["pairwise"]["model-0:model-1"]["spearmanRho"]);
    }

    void clusteredMeanMatchesStatsmodels_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"balanced_4rep_x_10clusters_latent_int", "unbalanced_sizes_1_to_6", "non_contiguous_interleaved_ids",
                                 "one_cluster", "negative_icc", "single_observation"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void clusteredMeanMatchesStatsmodels()
    {
        QFETCH(QString, name);
        const Json& c = fixture("clustered", name.toStdString());
        std::vector<std::string> t;
        for (std::size_t i = 0; i < c["scores"].size(); ++i)
            t.push_back(transcript("m", "cluster-" + std::to_string(c["clusters"][i].get<int>()), number(c["scores"][i].get<double>())));
        const Json clustered = analyze(run(t))["analysis"]["perModel"]["m"]["clustered"];
        QVERIFY(near(c["mean"], clustered["mean"]));
        QVERIFY(near(c["se"], clustered["se"]));
        if (c["ci95"].is_null()) {
            QVERIFY(clustered["ci95"].is_null());
        } else {
            QVERIFY(near(c["ci95"][0], clustered["ci95"]["lower"]));
            QVERIFY(near(c["ci95"][1], clustered["ci95"]["upper"]));
        }
        QVERIFY(near(c["designEffect"], clustered["designEffect"], 1e-8));
        QVERIFY(near(c["effectiveN"], clustered["effectiveN"], 1e-8));
        QVERIFY(near(c["icc"], clustered["icc"]));
        std::set<int> ids;
        for (const Json& id : c["clusters"]) ids.insert(id.get<int>());
        QCOMPARE(clustered["clusters"].get<std::size_t>(), ids.size());
    }

    void pairedComparisonsMatchScipy_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"normal_n12", "ties_quarter_grid", "with_zeros", "cell_mean_diffs_50scen_x_4rep", "negative_effect", "all_zero"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void pairedComparisonsMatchScipy()
    {
        // Model a answers each scenario 3 + d, model b answers 3: the paired differences are the fixture's d.
        QFETCH(QString, name);
        const Json& c = fixture("paired", name.toStdString());
        std::vector<std::string> t;
        for (std::size_t s = 0; s < c["d"].size(); ++s) {
            t.push_back(transcript("a", scenarioId(static_cast<int>(s)), number(3.0 + c["d"][s].get<double>())));
            t.push_back(transcript("b", scenarioId(static_cast<int>(s)), "3"));
        }
        const Json comparisons = analyze(run(t))["analysis"]["pairedComparisons"];
        QCOMPARE(comparisons.size(), std::size_t(1));
        const Json p = comparisons[0];
        QVERIFY(p["modelA"] == Json("a"));
        QVERIFY(p["modelB"] == Json("b"));
        QCOMPARE(p["scenarios"].get<std::size_t>(), c["d"].size());
        QVERIFY(near(c["mean"], p["meanDifference"]));
        QVERIFY(near(c["ci95"][0], p["ci95"]["lower"]));
        QVERIFY(near(c["ci95"][1], p["ci95"]["upper"]));
        QVERIFY(near(c["t"], p["tStatistic"], 1e-8));
        QVERIFY(near(c["p"], p["pValue"], 1e-8));
        QVERIFY(near(c["wilcoxonP"], p["wilcoxonPValue"], 1e-8));
        // One pair: both adjustments leave p as it is.
        QVERIFY(near(c["p"], p["pValueHolm"], 1e-8));
        QVERIFY(near(c["p"], p["pValueBH"], 1e-8));
    }

    void pairsAreAdjustedTogetherAndNeedTwoSharedScenarios()
    {
        std::vector<std::string> t;
        for (int s = 0; s < 8; ++s) {
            t.push_back(transcript("x", scenarioId(s), std::to_string(1 + s % 5)));
            t.push_back(transcript("y", scenarioId(s), std::to_string(1 + (s + 1) % 5)));
            t.push_back(transcript("z", scenarioId(s), std::to_string(5 - s % 3)));
        }
        t.push_back(transcript("lonely", scenarioId(0), "2"));
        const Json c = analyze(run(t))["analysis"]["pairedComparisons"];
        QCOMPARE(c.size(), std::size_t(6)); // 4 models
        QVERIFY(c[0]["modelA"] == Json("x"));
        QVERIFY(c[0]["modelB"] == Json("y"));
        QVERIFY(c[2]["modelB"] == Json("lonely"));
        for (const char* key : {"meanDifference", "ci95", "tStatistic", "pValue", "pValueHolm", "pValueBH", "wilcoxonPValue"})
            QVERIFY2(c[2][key].is_null(), key);
        QCOMPARE(c[2]["scenarios"].get<int>(), 1);
        // Holm over the three tested pairs: the smallest p times 3, and monotone.
        std::vector<double> p;
        for (const Json& pair : c)
            if (!pair["pValue"].is_null()) p.push_back(pair["pValue"].get<double>());
        QCOMPARE(p.size(), std::size_t(3));
        const double smallest = *std::min_element(p.begin(), p.end());
        double smallestHolm = 1.0, smallestBH = 1.0;
        for (const Json& pair : c)
            if (!pair["pValue"].is_null()) {
                smallestHolm = std::min(smallestHolm, pair["pValueHolm"].get<double>());
                smallestBH = std::min(smallestBH, pair["pValueBH"].get<double>());
                QVERIFY(pair["pValueHolm"].get<double>() >= pair["pValue"].get<double>());
                QVERIFY(pair["pValueBH"].get<double>() <= pair["pValueHolm"].get<double>() + 1e-15);
            }
        QVERIFY(near(Json(std::min(1.0, 3 * smallest)), Json(smallestHolm), 1e-12));
    }

    void malformedOptionsAreValidationErrors_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << "\"cell-mean\"" << "options must be an object";
        QTest::newRow("repeats number") << "{\"repeats\": 3}" << "options.repeats must be \"last\" or \"cell-mean\"";
        QTest::newRow("repeats unknown") << "{\"repeats\": \"median\"}" << "options.repeats must be \"last\" or \"cell-mean\"";
        QTest::newRow("bootstrap number") << "{\"bootstrap\": 100}" << "options.bootstrap must be an object {\"samples\": N, \"seed\": S}";
        QTest::newRow("samples negative") << "{\"bootstrap\": {\"samples\": -1}}" << "options.bootstrap.samples must be a whole number from 0 to 100000";
        QTest::newRow("samples fraction") << "{\"bootstrap\": {\"samples\": 1.5}}" << "options.bootstrap.samples must be a whole number from 0 to 100000";
        QTest::newRow("samples string") << "{\"bootstrap\": {\"samples\": \"9\"}}" << "options.bootstrap.samples must be a whole number from 0 to 100000";
        QTest::newRow("samples too many") << "{\"bootstrap\": {\"samples\": 100001}}" << "options.bootstrap.samples must be a whole number from 0 to 100000";
        QTest::newRow("seed too large") << "{\"bootstrap\": {\"seed\": 9007199254740992}}" << "options.bootstrap.seed must be a whole number from 0 to 9007199254740991";
        QTest::newRow("seed null") << "{\"bootstrap\": {\"seed\": null}}" << "options.bootstrap.seed must be a whole number from 0 to 9007199254740991";
    }

    void malformedOptionsAreValidationErrors()
    {
        QFETCH(QString, options);
        QFETCH(QString, message);
        const Outcome o = outcomeOf(run({transcript("m", "s", "3")}, "\"options\": " + options.toStdString()));
        QCOMPARE(o.code, std::string("VALIDATION_ERROR"));
        QCOMPARE(QString::fromStdString(o.message), message);
    }

    void unknownOptionsAreIgnored()
    {
        const Outcome o = outcomeOf(run({transcript("m", "s", "3")},
                                        "\"options\": {\"future\": [1, {\"x\": 2}], \"repeats\": \"cell-mean\", \"bootstrap\": {\"samples\": 0, \"other\": true}}"));
        QVERIFY(o.ok);
        // Options after the transcripts are read as well.
        const std::string after = run({transcript("m", "s", "3")});
        const Json a = analyze(after.substr(0, after.size() - 1) + ", \"options\": {\"repeats\": \"cell-mean\"}}")["analysis"];
        QVERIFY(a["methodsUsed"]["repeats"] == Json("cell-mean"));
    }

    void bootstrapIsBitIdenticalWhateverTheThreads()
    {
        const std::string input = run(randomRun(5, 60, 2, 11), "\"options\": {\"repeats\": \"cell-mean\", \"bootstrap\": {\"samples\": 300, \"seed\": 42}}");
        const Json one = analyze(input, 1)["analysis"];
        const Json two = analyze(input, 2)["analysis"];
        const Json three = analyze(input, 3)["analysis"];
        QCOMPARE(one["modelAgreement"].dump(), two["modelAgreement"].dump());
        QCOMPARE(one["modelAgreement"].dump(), three["modelAgreement"].dump());
        QCOMPARE(one["pairedComparisons"].dump(), two["pairedComparisons"].dump());
        const Json pair = one["modelAgreement"]["pairwise"]["model-0:model-1"];
        QVERIFY(pair["spearmanCI95"]["lower"].get<double>() < pair["spearmanRho"].get<double>());
        QVERIFY(pair["spearmanCI95"]["upper"].get<double>() > pair["spearmanRho"].get<double>());
        QVERIFY(pair["weightedKappaCI95"]["lower"].get<double>() < pair["weightedKappa"].get<double>());
        QCOMPARE(one["methodsUsed"]["bootstrap"]["samples"].get<int>(), 300);
        // Another seed, other draws; no bootstrap, no interval fields.
        std::string otherSeed = input;
        otherSeed.replace(otherSeed.find("\"seed\": 42"), 10, "\"seed\": 43");
        QVERIFY(analyze(otherSeed)["analysis"]["modelAgreement"].dump() != one["modelAgreement"].dump());
        const Json off = analyze(run(randomRun(5, 60, 2, 11)))["analysis"];
        QVERIFY(!off["modelAgreement"]["pairwise"]["model-0:model-1"].contains("spearmanCI95"));
        QVERIFY(!off["methodsUsed"].contains("bootstrap"));
    }

    void bootstrapMatchesPlainRecomputation()
    {
        // Each draw recomputed the plain way: the drawn scenarios written out (a scenario drawn twice, twice),
        // scipy-style Spearman and the quadratic kappa from the statistics core, then numpy's percentiles.
        const int scenarios = 40, samples = 200;
        const std::uint64_t seed = 7;
        const auto t = randomRun(3, scenarios, 1, 5);
        const Json a = analyze(run(t, "\"options\": {\"bootstrap\": {\"samples\": 200, \"seed\": 7}}"))["analysis"];
        std::vector<std::vector<double>> columns(3);
        for (const std::string& text : t) {
            const Json j = Json::parse(text);
            columns[static_cast<std::size_t>(j["modelId"].get<std::string>().back() - '0')].push_back(j["summary"]["score"].get<double>());
        }
        std::vector<std::vector<double>> rhos(3), kappas(3);
        for (int b = 0; b < samples; ++b) {
            SplitMix64 rng{seed ^ (0xD1B54A32D192ED03ull * static_cast<std::uint64_t>(b + 1))};
            std::vector<std::size_t> drawn;
            for (int i = 0; i < scenarios; ++i)
                drawn.push_back(static_cast<std::size_t>((static_cast<unsigned __int128>(rng.next()) * scenarios) >> 64));
            std::vector<std::vector<double>> sample(3);
            for (std::size_t m = 0; m < 3; ++m)
                for (std::size_t j : drawn) sample[m].push_back(columns[m][j]);
            int p = 0;
            for (std::size_t x = 0; x < 3; ++x)
                for (std::size_t y = x + 1; y < 3; ++y, ++p) {
                    const auto constant = [](const std::vector<double>& v) { return std::adjacent_find(v.begin(), v.end(), std::not_equal_to<>()) == v.end(); };
                    if (!constant(sample[x]) && !constant(sample[y])) rhos[p].push_back(stats::spearman(sample[x], sample[y]).rho);
                    if (const auto k = stats::cohensKappas(sample[x], sample[y]).quadratic) kappas[p].push_back(*k);
                }
        }
        int p = 0;
        for (const auto& [x, y] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) {
            const Json pair = a["modelAgreement"]["pairwise"]["model-" + std::to_string(x) + ":model-" + std::to_string(y)];
            QVERIFY(near(Json(percentile(rhos[p], 2.5)), pair["spearmanCI95"]["lower"], 1e-9));
            QVERIFY(near(Json(percentile(rhos[p], 97.5)), pair["spearmanCI95"]["upper"], 1e-9));
            QVERIFY(near(Json(percentile(kappas[p], 2.5)), pair["weightedKappaCI95"]["lower"], 1e-9));
            QVERIFY(near(Json(percentile(kappas[p], 97.5)), pair["weightedKappaCI95"]["upper"], 1e-9));
            ++p;
        }
    }
};

QTEST_GUILESS_MAIN(AnalysisRepeatsTest)
#include "tst_analysis_repeats.moc"
