// The order effect of docs/statistics.md ("Order effects") on hand-computed data: cell means per order, the
// per-scenario effect (recoded mirror − original) / 2, its t interval and p, the flip rate (3 is on no side),
// the balanced mean; scenarios asked one way only are left out, and so are models with none asked both ways.
#include "run/order_effects.h"

#include <QTest>

#include <cmath>

using namespace vr;
using run::OrderObservation;

namespace {

bool near(const Json& value, double expected)
{
    return value.is_number() && std::abs(value.get<double>() - expected) < 1e-9;
}

} // namespace

class OrderEffectsTest : public QObject {
    Q_OBJECT

private slots:
    void handComputed()
    {
        // Model m: original cell means 2, 3, 1 and recoded mirror means 4, 3, 2 → effects 1, 0, 0.5.
        const std::vector<OrderObservation> obs{
            {"m", 0, false, 1}, {"m", 0, false, 3}, // cell mean 2 from two repeats
            {"m", 0, true, 4},  {"m", 1, false, 3}, {"m", 1, true, 3}, {"m", 2, false, 1}, {"m", 2, true, 2},
            {"m", 3, false, 5}, // scenario 3 asked as written only: left out
            {"only-one-way", 0, false, 2},
        };
        const Json effects = run::orderEffects(obs);
        QCOMPARE(effects.size(), std::size_t(1));
        const Json& e = effects[0];
        QCOMPARE(e["model"].get<std::string>(), std::string("m"));
        QCOMPARE(e["scenarios"].get<int>(), 3);
        QVERIFY(near(e["effect"], 0.5));
        // t(0.975, 2) = 4.302652729911275, sd 0.5: 0.5 ± 4.3027 · 0.5 / √3; p = 1 − t/√(2 + t²) with t = √3.
        QVERIFY2(near(e["ci95"]["lower"], -0.7420688559218764), e.dump().c_str());
        QVERIFY(near(e["ci95"]["upper"], 1.7420688559218764));
        QVERIFY(std::abs(e["pValue"].get<double>() - 0.2254033307585167) < 1e-7);
        QVERIFY(near(e["flipRate"], 1.0 / 3.0)); // 2 → 4 crosses 3; 3 → 3 and 1 → 2 do not
        QVERIFY(near(e["balancedMean"], 2.5));    // (3 + 3 + 1.5) / 3
    }

    void thePositiveSignIsTowardTheFirstShownOption()
    {
        // As written the first option is 1; in the mirror it is again 1, i.e. 5 once recoded.
        std::vector<OrderObservation> primacy, recency;
        for (int s = 0; s < 4; ++s) {
            primacy.push_back({"p", s, false, 2.0});
            primacy.push_back({"p", s, true, 4.0 - (s % 2)});
            recency.push_back({"r", s, false, 4.0});
            recency.push_back({"r", s, true, 2.0 + (s % 2)});
        }
        QVERIFY(run::orderEffects(primacy)[0]["effect"].get<double>() > 0.0);
        QVERIFY(run::orderEffects(recency)[0]["effect"].get<double>() < 0.0);
        QVERIFY(near(run::orderEffects(primacy)[0]["effect"], 0.75));
        QVERIFY(near(run::orderEffects(recency)[0]["effect"], -0.75));
    }

    void modelsKeepTheirOrderOfAppearance()
    {
        const Json effects = run::orderEffects({{"z", 0, false, 1}, {"z", 0, true, 1}, {"a", 0, false, 5}, {"a", 0, true, 5}});
        QCOMPARE(effects.size(), std::size_t(2));
        QCOMPARE(effects[0]["model"].get<std::string>(), std::string("z"));
        QVERIFY(effects[0]["ci95"].is_null());
        QVERIFY(effects[0]["pValue"].is_null());
        QVERIFY(run::orderEffects({}).empty());
    }
};

QTEST_GUILESS_MAIN(OrderEffectsTest)
#include "tst_order_effects.moc"
