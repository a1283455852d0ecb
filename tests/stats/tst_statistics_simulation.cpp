// The statistics of analysis 3.x checked by simulation with known truth (docs/statistics.md): decisions come
// from a latent normal with scenario, scenario × model and residual effects, rounded and clipped to 1–5, whose
// true mean on the 1–5 scale is known exactly. Seeded: every run draws the same numbers.
#include "analysis/analysis_input_parser.h"
#include "analysis/scenario_cells.h"
#include "analysis/study_planner.h"
#include "stats/clustered_mean.h"
#include "stats/holm.h"
#include "stats/mean_interval.h"
#include "stats/one_sample_t.h"

#include <QTest>

#include <cmath>
#include <random>
#include <string>

using namespace vr;

namespace {

struct Latent {
    double scenarioSd = 0.0;    // u_s, shared by every model
    double interactionSd = 0.0; // v_sm
    double residualSd = 1.0;    // e, per repeat
};

int observe(double latent)
{
    return std::clamp(static_cast<int>(std::lround(latent)), 1, 5);
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// E[clip(round(N(mu, sd²)), 1, 5)], exactly.
double trueMean(double mu, double sd)
{
    double mean = 0.0;
    for (int k = 1; k <= 5; ++k) {
        const double upper = k == 5 ? 1.0 : normalCdf((k + 0.5 - mu) / sd);
        const double lower = k == 1 ? 0.0 : normalCdf((k - 0.5 - mu) / sd);
        mean += k * (upper - lower);
    }
    return mean;
}

double totalSd(const Latent& l)
{
    return std::sqrt(l.scenarioSd * l.scenarioSd + l.interactionSd * l.interactionSd + l.residualSd * l.residualSd);
}

// scores[m][s][r] of models with latent means mu[m].
using Study = std::vector<std::vector<std::vector<int>>>;

Study simulate(std::mt19937_64& rng, const std::vector<double>& mu, const Latent& l, int scenarios, int repeats)
{
    std::normal_distribution<double> z(0.0, 1.0);
    Study study(mu.size(), std::vector<std::vector<int>>(static_cast<std::size_t>(scenarios)));
    for (int s = 0; s < scenarios; ++s) {
        const double u = l.scenarioSd * z(rng);
        for (std::size_t m = 0; m < mu.size(); ++m) {
            const double v = l.interactionSd * z(rng);
            for (int r = 0; r < repeats; ++r) study[m][static_cast<std::size_t>(s)].push_back(observe(mu[m] + u + v + l.residualSd * z(rng)));
        }
    }
    return study;
}

double cellMean(const std::vector<int>& cell)
{
    double sum = 0.0;
    for (int x : cell) sum += x;
    return sum / static_cast<double>(cell.size());
}

// The paired t test's p for models a and b of a study.
std::optional<double> pairedP(const Study& study, std::size_t a, std::size_t b)
{
    std::vector<double> d;
    for (std::size_t s = 0; s < study[a].size(); ++s) d.push_back(cellMean(study[a][s]) - cellMean(study[b][s]));
    return stats::oneSampleT(d).pValue;
}

} // namespace

class StatisticsSimulationTest : public QObject {
    Q_OBJECT

private slots:
    void clusteredIntervalsCoverTheTrueMean_data()
    {
        QTest::addColumn<double>("scenarioSd");
        QTest::addColumn<double>("interactionSd");
        QTest::addColumn<double>("residualSd");
        // Latent ICC 0 and 0.5 (scenario and interaction variance against the residual's).
        QTest::newRow("icc 0") << 0.0 << 0.0 << 1.0;
        QTest::newRow("icc 0.5") << 0.75 << 0.35 << 0.83;
    }

    void clusteredIntervalsCoverTheTrueMean()
    {
        QFETCH(double, scenarioSd);
        QFETCH(double, interactionSd);
        QFETCH(double, residualSd);
        const Latent latent{scenarioSd, interactionSd, residualSd};
        const double mu = 3.1, truth = trueMean(mu, totalSd(latent));
        const int scenarios = 40, repeats = 4, replications = 2000;
        std::mt19937_64 rng(20261203);
        int clusteredCovers = 0, naiveCovers = 0;
        double iccSum = 0.0;
        std::vector<double> scores;
        std::vector<std::uint32_t> clusters;
        for (int rep = 0; rep < replications; ++rep) {
            const Study study = simulate(rng, {mu}, latent, scenarios, repeats);
            scores.clear();
            clusters.clear();
            for (std::size_t s = 0; s < study[0].size(); ++s)
                for (int x : study[0][s]) {
                    scores.push_back(x);
                    clusters.push_back(static_cast<std::uint32_t>(s));
                }
            const stats::ClusteredMean c = stats::clusteredMean(scores, clusters, scenarios);
            QVERIFY(c.ci95);
            clusteredCovers += c.ci95->lower <= truth && truth <= c.ci95->upper;
            const auto naive = stats::meanInterval95(scores);
            naiveCovers += naive->lower <= truth && truth <= naive->upper;
            iccSum += c.icc.value_or(0.0);
        }
        const double clustered = clusteredCovers / double(replications), naive = naiveCovers / double(replications);
        qInfo("latent sds %.2f/%.2f/%.2f, %d scenarios x %d repeats, %d runs: mean ICC %.3f; coverage of the true mean %.4f: "
              "clustered %.1f %%, naive %.1f %%",
              scenarioSd, interactionSd, residualSd, scenarios, repeats, replications, iccSum / replications, truth, 100 * clustered, 100 * naive);
        QVERIFY2(clustered >= 0.935 && clustered <= 0.97, qPrintable(QString::number(clustered)));
        if (scenarioSd > 0) QVERIFY2(naive < 0.90, "the naive interval should undercover with clustered data");
    }

    void holmKeepsTheFamilywiseErrorUnderTheGlobalNull()
    {
        // Six models with the same latent mean: every rejection is a false one.
        const Latent latent{0.8, 0.5, 0.8};
        const std::vector<double> mu(6, 3.0);
        const int replications = 2000;
        std::mt19937_64 rng(7);
        int familiesWithAnError = 0, rawErrors = 0, tests = 0;
        for (int rep = 0; rep < replications; ++rep) {
            const Study study = simulate(rng, mu, latent, 30, 2);
            std::vector<double> p;
            for (std::size_t a = 0; a < mu.size(); ++a)
                for (std::size_t b = a + 1; b < mu.size(); ++b) p.push_back(pairedP(study, a, b).value_or(1.0));
            const auto holm = stats::holmBonferroni(p);
            bool any = false;
            for (std::size_t i = 0; i < p.size(); ++i) {
                any = any || holm.adjusted[i] < 0.05;
                rawErrors += p[i] < 0.05;
                ++tests;
            }
            familiesWithAnError += any;
        }
        const double fwer = familiesWithAnError / double(replications);
        qInfo("global null, 6 models (15 pairs), 30 scenarios x 2 repeats, %d runs: familywise error with Holm %.2f %% "
              "(per-test error without correction %.2f %%)",
              replications, 100 * fwer, 100.0 * rawErrors / tests);
        QVERIFY2(fwer <= 0.055, qPrintable(QString::number(fwer)));
        QVERIFY2(fwer >= 0.01, "Holm should not be far more conservative than needed");
    }

    void plannersDesignsReachTheirPower()
    {
        // A pilot of the two models as they are; the planner's design is then run 2000 times.
        const Latent latent{0.8, 0.5, 0.8};
        const std::vector<double> mu{3.0, 3.3};
        const double delta = trueMean(mu[1], totalSd(latent)) - trueMean(mu[0], totalSd(latent));
        std::mt19937_64 rng(99);
        const Study pilot = simulate(rng, mu, latent, 1500, 3);
        std::string input = "{\"runId\": \"pilot\", \"transcripts\": [";
        for (std::size_t m = 0; m < pilot.size(); ++m)
            for (std::size_t s = 0; s < pilot[m].size(); ++s)
                for (int x : pilot[m][s])
                    input += (input.back() == '[' ? "" : ",") + std::string("{\"modelId\": \"m") + std::to_string(m) + "\", \"scenarioId\": \"s"
                        + std::to_string(s) + "\", \"summary\": {\"score\": " + std::to_string(x) + "}}";
        input += "]}";
        const std::string padded = input + std::string(64, ' ');
        const auto parsed = analysis::parseAnalysisInput(std::string_view(padded.data(), input.size()));
        const auto cells = analysis::buildScenarioCells(parsed.set);
        analysis::PlanRequest request;
        request.delta = delta;
        const analysis::StudyPlan plan = analysis::planStudy(parsed.set, cells, request);
        QVERIFY(plan.withinEstimated);
        QVERIFY(plan.recommended);
        QCOMPARE(plan.curve.size(), std::size_t(10));
        // The variance components recovered from the pilot, on the 1–5 scale they are roughly the latent ones.
        QVERIFY2(std::fabs(plan.withinCell - 0.64) < 0.12, qPrintable(QString::number(plan.withinCell)));
        QVERIFY2(std::fabs(plan.interaction - 0.5) < 0.12, qPrintable(QString::number(plan.interaction)));
        // One, three and ten repeats: the trade-off curve holds along its length, not only at the recommendation.
        for (const std::size_t point : {std::size_t(0), std::size_t(2), std::size_t(9)}) {
            const analysis::DesignPoint& design = plan.curve[point];
            QVERIFY(design.scenarios);
            int rejections = 0;
            const int replications = 2000;
            for (int rep = 0; rep < replications; ++rep) {
                const Study study = simulate(rng, mu, latent, static_cast<int>(*design.scenarios), static_cast<int>(design.repeats));
                rejections += pairedP(study, 0, 1).value_or(1.0) < 0.05;
            }
            const double power = rejections / double(replications);
            qInfo("delta %.4f: design %zu scenarios x %u repeats (sd of d %.3f): simulated power %.3f (target 0.80)", delta, *design.scenarios,
                  design.repeats, design.sdDifference, power);
            QVERIFY2(std::fabs(power - 0.80) <= 0.03, qPrintable(QString::number(power)));
        }
    }
};

QTEST_GUILESS_MAIN(StatisticsSimulationTest)
#include "tst_statistics_simulation.moc"
