// `valuerank run --counterbalance` end to end on the mock provider: a scenario file with declared options is
// imported, the run asks each one also in its mirror, and `analyze --json` / `analyze` report the order effect
// of a mock with a first-position bias (docs/cli.md, docs/statistics.md "Order effects").
#include "golden_case.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::test;

namespace {

const QString kCli = QStringLiteral(VR_BIN_DIR "/valuerank");

ProcessResult cli(const QStringList& args)
{
    return runProcess(kCli, {}, goldenEnvironment(Json::object(), 9), 120000, args);
}

} // namespace

class CliCounterbalanceTest : public QObject {
    Q_OBJECT

private slots:
    void counterbalancedRunReportsTheOrderEffect()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("cb.vrproj"));
        const QString file = dir.filePath(QStringLiteral("scenarios.json"));
        Json list = Json::array();
        for (int i = 0; i < 12; ++i)
            list.push_back({{"name", "Case " + std::to_string(i)},
                            {"optionA", "warn the neighbours (case " + std::to_string(i) + ")"},
                            {"optionB", "say nothing (case " + std::to_string(i) + ")"},
                            {"scaleLabels", {"Surely warn", "Rather warn", "No preference", "Rather keep quiet", "Surely keep quiet"}}});
        list.push_back({{"name", "Free text"}, {"prompt", "Option A or B? Rate 1-5."}});
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(Json{{"scenarios", list}}.dump()));
        f.close();
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        ProcessResult r = cli({QStringLiteral("import"), project, file});
        QVERIFY2(r.stdoutData.contains("Imported 13 scenarios, rejected 0"), r.stdoutData.constData());
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:j?first-bias=1,mock:j"), QStringLiteral("--samples"),
                 QStringLiteral("2"), QStringLiteral("--max-turns"), QStringLiteral("1"), QStringLiteral("--counterbalance")});
        QVERIFY2(r.exitCode == 0, r.stderrData.constData());
        QVERIFY2(r.stdoutData.contains("13 scenarios + 12 mirrored × 2 models × 2 samples = 100 cells"), r.stdoutData.constData());
        r = cli({QStringLiteral("analyze"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json analysis = Json::parse(r.stdoutData.toStdString());
        QCOMPARE(analysis["orderEffects"].size(), std::size_t(2));
        for (const Json& e : analysis["orderEffects"]) {
            QCOMPARE(e["scenarios"].get<int>(), 12); // the free-text scenario is asked one way only
            for (const char* key : {"effect", "pValue", "flipRate", "balancedMean"}) QVERIFY2(e.contains(key), key);
            QVERIFY(e["ci95"].contains("lower") && e["ci95"].contains("upper"));
        }
        const Json& biased = analysis["orderEffects"][0];
        QCOMPARE(biased["model"].get<std::string>(), std::string("mock:j?first-bias=1"));
        QVERIFY2(biased["ci95"]["lower"].get<double>() > 0.3, biased.dump().c_str()); // δ = 1, toward the first option
        QCOMPARE(analysis["perModel"]["mock:j"]["clustered"]["clusters"].get<int>(), 13);
        r = cli({QStringLiteral("analyze"), project});
        QVERIFY2(r.stdoutData.contains("Order effect (toward the option shown first"), r.stdoutData.constData());
        QVERIFY(r.stdoutData.contains("mock:j?first-bias=1: +"));
        // The same command again resumes this run; without --counterbalance it is another run.
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:j?first-bias=1,mock:j"), QStringLiteral("--samples"),
                 QStringLiteral("2"), QStringLiteral("--max-turns"), QStringLiteral("1"), QStringLiteral("--counterbalance")});
        QVERIFY2(r.stdoutData.contains("Resuming run 1"), r.stdoutData.constData());
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:j?first-bias=1,mock:j"), QStringLiteral("--samples"),
                 QStringLiteral("2"), QStringLiteral("--max-turns"), QStringLiteral("1")});
        QVERIFY2(r.stdoutData.contains("Started run 2: 13 scenarios × 2 models × 2 samples = 52 cells"), r.stdoutData.constData());
        // A malformed mock setting fails its cells with the reason, which `status` shows.
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:j?first-bias=lots"), QStringLiteral("--max-turns"),
                 QStringLiteral("1"), QStringLiteral("--new")});
        QVERIFY(r.exitCode != 0);
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(r.stdoutData.contains("first-bias must be a number"), r.stdoutData.constData());
    }
};

QTEST_GUILESS_MAIN(CliCounterbalanceTest)
#include "tst_cli_counterbalance.moc"
