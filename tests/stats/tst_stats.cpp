// The statistics core against docs/worker-protocol.md (Wilson table, Kruskal–Wallis vectors, Cohen's d,
// Holm) and textbook values (kappa, Student t).
#include "stats/descriptive.h"
#include "stats/effect_size.h"
#include "stats/holm.h"
#include "stats/kappa.h"
#include "stats/kruskal_wallis.h"
#include "stats/mean_interval.h"
#include "stats/ranks.h"
#include "stats/spearman.h"
#include "stats/wilson.h"
#include "protocol/python_format.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace vr;
using namespace vr::stats;

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::fabs(a - b) <= tolerance;
}
} // namespace

class StatsTest : public QObject {
    Q_OBJECT

private slots:
    void numpyMeanVarStd()
    {
        const std::vector<double> v{1, 2, 3, 4, 5};
        QCOMPARE(mean(v), 3.0);
        QCOMPARE(variance(v, 0), 2.0);
        QCOMPARE(variance(v, 1), 2.5);
        QVERIFY(near(standardDeviation(std::vector<double>{1, 2, 4, 5}, 1), 1.825742, 5e-7));
        QCOMPARE(variance(std::vector<double>{7}, 1), 0.0);
        QCOMPARE(mean(std::vector<double>{}), 0.0);
        // Pairwise summation across the 128-element blocks gives the exact sum of integers.
        std::vector<double> many(1000);
        for (int i = 0; i < 1000; ++i) many[static_cast<size_t>(i)] = i % 5 + 1;
        QCOMPARE(pairwiseSum(many), 3000.0);
    }

    void averageTieRanks()
    {
        QCOMPARE(averageRanks(std::vector<double>{10, 20, 20, 30}), (std::vector<double>{1, 2.5, 2.5, 4}));
        std::vector<double> wide(300);
        for (size_t i = 0; i < wide.size(); ++i) wide[i] = static_cast<double>(wide.size() - i) * 0.5; // > 256 distinct
        const auto r = averageRanks(wide);
        QCOMPARE(r.front(), 300.0);
        QCOMPARE(r.back(), 1.0);
        QCOMPARE(tieSum(std::vector<double>{1, 1, 2, 2, 2}), (8.0 - 2) + (27.0 - 3));
    }

    void spearmanMatchesScipy()
    {
        const std::vector<double> x{1, 2, 3, 4, 5};
        const std::vector<double> twice{2, 4, 6, 8, 10};
        auto c = spearman(x, twice);
        QCOMPARE(c.rho, 1.0);
        QCOMPARE(c.pValue, 0.0);
        // §4.13: ρ = ±0.866025 over 3 points, p = 0.333333.
        c = spearman(std::vector<double>{2, 2, 5}, std::vector<double>{5, 3, 1});
        QVERIFY(near(c.rho, -0.866025));
        QVERIFY(near(c.pValue, 0.333333));
        c = spearman(std::vector<double>{3, 3, 3}, std::vector<double>{1, 2, 3});
        QCOMPARE(c.rho, 0.0);
        QCOMPARE(c.pValue, 1.0);
        // scipy.stats.spearmanr([1,2,3,4,5,6],[2,1,4,3,6,5]) → 0.828571, p 0.041563
        c = spearman(std::vector<double>{1, 2, 3, 4, 5, 6}, std::vector<double>{2, 1, 4, 3, 6, 5});
        QVERIFY(near(c.rho, 0.828571));
        QVERIFY(near(c.pValue, 0.041563));
    }

    void kruskalWallisVectors()
    {
        // [1,2,3] vs [4,5,6]: p 0.049535, η² 0.771429.
        const std::vector<double> v{1, 2, 3, 4, 5, 6};
        const std::vector<int> g{0, 0, 0, 1, 1, 1};
        auto kw = kruskalWallis(v, g, 2);
        QVERIFY(kw);
        QVERIFY(near(kw->pValue, 0.049535));
        QVERIFY(near(etaSquared(v, g, 2), 0.771429));
        // (1,1),(2,2),(2,3,5): H 4.901961, p 0.086209, η² 0.591667.
        const std::vector<double> v2{1, 1, 2, 2, 2, 3, 5};
        const std::vector<int> g2{0, 0, 1, 1, 2, 2, 2};
        kw = kruskalWallis(v2, g2, 3);
        QVERIFY(kw);
        QVERIFY(near(kw->h, 4.901961));
        QVERIFY(near(kw->pValue, 0.086209));
        QVERIFY(near(etaSquared(v2, g2, 3), 0.591667));
        // Three singleton groups: η² 1.0, p 0.367879.
        const std::vector<double> v3{1, 3, 5};
        const std::vector<int> g3{0, 1, 2};
        kw = kruskalWallis(v3, g3, 3);
        QVERIFY(near(kw->pValue, 0.367879));
        QCOMPARE(etaSquared(v3, g3, 3), 1.0);
        // η² of [[1,2,3],[4,5,6],[7,8,9]] is 0.9; identical values → no test.
        const std::vector<double> v4{1, 2, 3, 4, 5, 6, 7, 8, 9};
        const std::vector<int> g4{0, 0, 0, 1, 1, 1, 2, 2, 2};
        QVERIFY(near(etaSquared(v4, g4, 3), 0.9));
        QVERIFY(!kruskalWallis(std::vector<double>{2, 2, 2, 2}, std::vector<int>{0, 0, 1, 1}, 2));
        QVERIFY(!kruskalWallis(v, std::vector<int>(6, 0), 1));
    }

    void cohensDAndInterpretation()
    {
        QCOMPARE(cohensD(std::vector<double>{2, 4, 6}, std::vector<double>{3, 5, 7}), -0.5);
        QCOMPARE(cohensD(std::vector<double>{1, 2, 3}, std::vector<double>{1, 2, 3}), 0.0);
        QVERIFY(std::fabs(cohensD(std::vector<double>{1, 2, 3, 4, 5}, std::vector<double>{6, 7, 8, 9, 10})) > 2);
        QCOMPARE(cohensD(std::vector<double>{1}, std::vector<double>{1, 2}), 0.0);
        QCOMPARE(cohensD(std::vector<double>{3, 3}, std::vector<double>{3, 3}), 0.0);
        QCOMPARE(interpretCohensD(0.1), std::string_view("negligible"));
        QCOMPARE(interpretCohensD(-0.3), std::string_view("small"));
        QCOMPARE(interpretCohensD(0.6), std::string_view("medium"));
        QCOMPARE(interpretCohensD(1.0), std::string_view("large"));
    }

    void wilsonTable_data()
    {
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::newRow("3/4") << 3.0 << 4.0 << 0.300642 << 0.954413;
        QTest::newRow("0/1") << 0.0 << 1.0 << 0.0 << 0.793451;
        QTest::newRow("1/1") << 1.0 << 1.0 << 0.206549 << 1.0;
        QTest::newRow("50/100") << 50.0 << 100.0 << 0.403832 << 0.596168;
        QTest::newRow("0/100") << 0.0 << 100.0 << 0.0 << 0.036993;
        QTest::newRow("100/100") << 100.0 << 100.0 << 0.963007 << 1.0;
        QTest::newRow("30/100") << 30.0 << 100.0 << 0.218949 << 0.395849;
        QTest::newRow("1/3") << 1.0 << 3.0 << 0.061492 << 0.79234;
        QTest::newRow("7/10") << 7.0 << 10.0 << 0.396778 << 0.892209;
    }
    void wilsonTable()
    {
        QFETCH(double, s);
        QFETCH(double, n);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const auto ci = wilsonInterval95(s, n);
        QVERIFY(ci);
        QCOMPARE(pyRound(ci->lower, 6), lower);
        QCOMPARE(pyRound(ci->upper, 6), upper);
    }

    void wilsonRejectsImpossibleCounts()
    {
        QVERIFY(!wilsonInterval95(-1, 100));
        QVERIFY(!wilsonInterval95(101, 100));
        QVERIFY(!wilsonInterval95(50, 0));
    }

    void holmIsMonotoneStepDown()
    {
        // Raw [0.01, 0.04, 0.03, 0.20]: the reference's non-monotone [0.04, 0.08, 0.09, 0.2] becomes monotone.
        const auto h = holmBonferroni(std::vector<double>{0.01, 0.04, 0.03, 0.20});
        QVERIFY(near(h.adjusted[0], 0.04, 1e-12));
        QVERIFY(near(h.adjusted[2], 0.09, 1e-12));
        QVERIFY(near(h.adjusted[1], 0.09, 1e-12)); // running maximum: not 0.08
        QVERIFY(near(h.adjusted[3], 0.2, 1e-12));
        QCOMPARE(h.significant, (std::vector<bool>{true, false, false, false}));
        // Tied p-values keep their order; the cap is 1.
        const auto tied = holmBonferroni(std::vector<double>{0.333333, 0.333333, 0.0});
        QCOMPARE(tied.adjusted[2], 0.0);
        QVERIFY(near(tied.adjusted[0], 0.666666, 1e-9));
        QVERIFY(near(tied.adjusted[1], 0.666666, 1e-9));
        QCOMPARE(holmBonferroni(std::vector<double>{0.9, 0.8}).adjusted[0], 1.0);
    }

    void studentMeanInterval()
    {
        // mean 3, s = 1.5811, n = 5, t(0.975, 4) = 2.776445 → half-width 1.963243.
        const auto ci = meanInterval95(std::vector<double>{1, 2, 3, 4, 5});
        QVERIFY(ci);
        QVERIFY(near(ci->lower, 3 - 1.963243));
        QVERIFY(near(ci->upper, 3 + 1.963243));
        QVERIFY(!meanInterval95(std::vector<double>{4}));
    }

    void kappaTextbookValues()
    {
        // 2 × 2 example: 50 items, agreement on 20 "yes" and 15 "no" → p_o 0.7, p_e 0.5, κ 0.4.
        std::vector<double> a, b;
        auto add = [&](double x, double y, int times) {
            for (int i = 0; i < times; ++i) {
                a.push_back(x);
                b.push_back(y);
            }
        };
        add(1, 1, 20);
        add(1, 2, 5);
        add(2, 1, 10);
        add(2, 2, 15);
        const auto k = cohensKappas(a, b);
        QVERIFY(k.unweighted);
        QVERIFY(near(*k.unweighted, 0.4, 1e-12));
        // Perfect agreement → 1; no variation in either rater → undefined.
        const std::vector<double> same{1, 2, 3, 4, 5};
        QCOMPARE(*cohensKappas(same, same).unweighted, 1.0);
        QCOMPARE(*cohensKappas(same, same).quadratic, 1.0);
        QVERIFY(!cohensKappas(std::vector<double>{3, 3}, std::vector<double>{3, 3}).unweighted);
        // Quadratic weights punish 1 vs 5 more than 4 vs 5: sklearn cohen_kappa_score(weights="quadratic").
        const auto near5 = cohensKappas(std::vector<double>{1, 2, 3, 4, 5}, std::vector<double>{1, 2, 3, 5, 5});
        const auto far5 = cohensKappas(std::vector<double>{1, 2, 3, 4, 5}, std::vector<double>{5, 2, 3, 4, 5});
        QVERIFY(*near5.quadratic > *far5.quadratic);
        QCOMPARE(*near5.unweighted, *far5.unweighted);
        // By hand: observed weighted disagreement 0.2, expected 4.6 → 1 − 0.2/4.6.
        QVERIFY(near(*near5.quadratic, 0.956522));
        QVERIFY(near(*near5.unweighted, 0.75));
    }
};

QTEST_GUILESS_MAIN(StatsTest)
#include "tst_stats.moc"
