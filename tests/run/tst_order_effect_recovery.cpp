// Recovery of a known order effect (docs/statistics.md, "Order effects"): a counterbalanced run of the mock
// provider with first-bias δ = 0.5 and of the same mock unbiased (docs/worker-protocol.md, "The mock provider"),
// through the run engine, the decision parser and the analysis, seeded.
//
// How large, and why: 200 scenarios × 4 samples in each order per model (3 200 cells). The mock answers its
// latent rounded up with the probability of its fraction, so one answer's variance is at most 1/4 and a
// scenario's effect e_s = (r̄_s − ō_s)/2 has variance at most (1/4 + 1/4)/(4 · 4) = 1/32. Over 200 scenarios the
// effect's standard error is at most √(1/32/200) = 0.0125, so ±0.05 is 4 standard errors; the balanced means of
// the two mocks share the unbiased opinions and the seeded rounding, so their difference is smaller still.
#include "project/project.h"
#include "run/run_analysis.h"
#include "run/run_engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vr;
using namespace vr::project;

namespace {

constexpr int kScenarios = 200;
constexpr int kSamples = 4;

Scenario dilemma(int i)
{
    Scenario s;
    s.name = QStringLiteral("Dilemma %1").arg(i);
    s.prompt = QStringLiteral("A hard case, number %1.").arg(i);
    s.options = ScenarioOptions{QStringLiteral("report the colleague (case %1)").arg(i), QStringLiteral("stay silent (case %1)").arg(i),
                                {QStringLiteral("Definitely report"), QStringLiteral("Probably report"), QStringLiteral("Cannot choose"),
                                 QStringLiteral("Probably stay silent"), QStringLiteral("Definitely stay silent")}};
    return s;
}

const Json* effectOf(const Json& analysis, const std::string& model)
{
    for (const Json& e : analysis["orderEffects"])
        if (e["model"] == model) return &e;
    return nullptr;
}

} // namespace

class OrderEffectRecoveryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VALUERANK_LOG_LEVEL", "warn"); }

    void aKnownFirstPositionBiasIsRecovered()
    {
        QTemporaryDir dir;
        auto p = std::make_shared<Project>(dir.filePath(QStringLiteral("recovery.vrproj")), ProjectDatabase::OpenMode::CreateNew);
        QList<Scenario> scenarios;
        for (int i = 0; i < kScenarios; ++i) scenarios << dilemma(i);
        p->scenarios().addAll(scenarios);
        RunConfig config;
        config.samples = kSamples;
        config.maxTurns = 1;
        config.seed = 2026;
        config.counterbalance = true;
        const std::string biased = "mock:judge?first-bias=0.5", unbiased = "mock:judge";
        const qint64 run = p->runs().create(config, p->scenarios().list(),
                                            {p->models().entryFor(QString::fromStdString(biased)), p->models().entryFor(QString::fromStdString(unbiased))});
        QCOMPARE(p->runs().cells(run).size(), 2 * kScenarios * kSamples * 2);
        {
            run::RunEngine engine(p, run);
            engine.setSummarizeParser(QStringLiteral("structured-v2"));
            QSignalSpy done(&engine, &run::RunEngine::finished);
            engine.start();
            QVERIFY(engine.isFinished() || done.wait(240000));
            QCOMPARE(engine.progress().failed, 0);
        }
        const Json analysis = Json::parse(run::analyzeRun(*p, run));
        const Json* withBias = effectOf(analysis, biased);
        const Json* without = effectOf(analysis, unbiased);
        QVERIFY(withBias && without);
        const QByteArray shown = QByteArray::fromStdString(analysis["orderEffects"].dump());
        qInfo().noquote() << "orderEffects:" << shown; // the figures of this seed, for the record
        QCOMPARE((*withBias)["scenarios"].get<int>(), kScenarios);
        QVERIFY2(std::abs((*withBias)["effect"].get<double>() - 0.5) <= 0.05, shown.constData());
        QVERIFY2(std::abs((*withBias)["balancedMean"].get<double>() - (*without)["balancedMean"].get<double>()) <= 0.05, shown.constData());
        QVERIFY2((*withBias)["ci95"]["lower"].get<double>() > 0.0, shown.constData());
        QVERIFY2((*withBias)["pValue"].get<double>() < 0.001, shown.constData());
        // Unbiased: the interval covers 0.
        QVERIFY2((*without)["ci95"]["lower"].get<double>() <= 0.0 && (*without)["ci95"]["upper"].get<double>() >= 0.0, shown.constData());
        QVERIFY2(std::abs((*without)["effect"].get<double>()) <= 0.05, shown.constData());
        // Recoded before every statistic: the biased model's mean over both orders is the unbiased one's.
        const double biasedMean = analysis["perModel"][biased]["clustered"]["mean"].get<double>();
        const double unbiasedMean = analysis["perModel"][unbiased]["clustered"]["mean"].get<double>();
        QVERIFY2(std::abs(biasedMean - unbiasedMean) <= 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(biasedMean).arg(unbiasedMean)));
        QCOMPARE(analysis["perModel"][biased]["clustered"]["clusters"].get<int>(), kScenarios); // mirrors count as their scenario
    }
};

QTEST_GUILESS_MAIN(OrderEffectRecoveryTest)
#include "tst_order_effect_recovery.moc"
