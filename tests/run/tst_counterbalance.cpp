// A counterbalanced run: `counterbalance` persists in the run's config; each scenario that declares options is
// frozen a second time as its mirror (free-text ones are not), with its own cells; the mirror's answers reach
// the analysis recoded 6 − code as answers to the scenario they mirror, and the run gains `orderEffects`.
#include "project/project.h"
#include "run/run_analysis.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace vr;
using namespace vr::project;

namespace {

Scenario withOptions(const QString& name)
{
    Scenario s;
    s.name = name;
    s.prompt = QStringLiteral("Situation of %1.").arg(name);
    s.options = ScenarioOptions{QStringLiteral("help %1").arg(name), QStringLiteral("refuse %1").arg(name),
                                {QStringLiteral("Strongly help"), QStringLiteral("Lean help"), QStringLiteral("Unsure"), QStringLiteral("Lean refuse"),
                                 QStringLiteral("Strongly refuse")}};
    return s;
}

Scenario freeText(const QString& name)
{
    Scenario s;
    s.name = name;
    s.prompt = QStringLiteral("A or B? Rate 1-5.");
    return s;
}

// Stores a transcript with `code` for the cell of (scenario index, model index, sample).
void answer(Project& p, qint64 run, int scenario, int model, int sample, int code)
{
    for (const CellRecord& c : p.runs().cells(run))
        if (c.scenarioIndex == scenario && c.modelIndex == model && c.sample == sample) {
            const qint64 t = p.runs().complete(c.id, Json{{"turns", Json::array()}}, 0.0);
            p.runs().storeSummary(t, QString::number(code), {}, Json::object());
            return;
        }
    QFAIL("no such cell");
}

} // namespace

class CounterbalanceTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Project> newProject()
    {
        return std::make_unique<Project>(m_dir.filePath(QStringLiteral("c%1.vrproj").arg(++m_files)), ProjectDatabase::OpenMode::CreateNew);
    }

private slots:
    void theSettingIsStoredWithTheRun()
    {
        RunConfig c;
        QVERIFY(!RunConfig::fromJson(c.toJson()).counterbalance);
        c.counterbalance = true;
        QVERIFY(c.toJson()["counterbalance"].get<bool>());
        QVERIFY(RunConfig::fromJson(c.toJson()).counterbalance);
        QVERIFY(!RunConfig::fromJson(Json::object()).counterbalance); // runs from before the setting
        auto p = newProject();
        const qint64 run = p->runs().create(c, {withOptions(QStringLiteral("a"))}, {p->models().entryFor(QStringLiteral("mock:a"))});
        QVERIFY(p->runs().summary(run)->config.counterbalance);
    }

    void mirrorsAreFrozenWithTheirOwnCells()
    {
        auto p = newProject();
        RunConfig c;
        c.samples = 2;
        c.counterbalance = true;
        const QList<Scenario> asked{withOptions(QStringLiteral("a")), freeText(QStringLiteral("b")), withOptions(QStringLiteral("c"))};
        const qint64 run = p->runs().create(c, asked, {p->models().entryFor(QStringLiteral("mock:a")), p->models().entryFor(QStringLiteral("mock:b"))});
        const QList<Scenario> frozen = p->runs().scenarios(run);
        QCOMPARE(frozen.size(), 5);
        QCOMPARE(p->runs().mirrorOf(run), (QList<int>{-1, -1, -1, 0, 2}));
        QCOMPARE(frozen[3].name, QStringLiteral("a (mirrored)"));
        QCOMPARE(frozen[3].options, asked[0].options->mirrored());
        QCOMPARE(frozen[4].options, asked[2].options->mirrored());
        QVERIFY(frozen[3].probePrompt().contains(QStringLiteral("Option A: refuse a\nOption B: help a")));
        QCOMPARE(p->runs().cells(run).size(), 5 * 2 * 2);
        const RunSummary summary = *p->runs().summary(run);
        QCOMPARE(summary.scenarioCount, 3); // the scenarios of the study; mirrors are a way of asking them
        QCOMPARE(summary.cells, 20);
        // Without the setting nothing is mirrored.
        const qint64 plain = p->runs().create(RunConfig{}, asked, {p->models().entryFor(QStringLiteral("mock:a"))});
        QCOMPARE(p->runs().scenarios(plain).size(), 3);
        QCOMPARE(p->runs().mirrorOf(plain), (QList<int>{-1, -1, -1}));
    }

    void mirrorAnswersAreRecodedBeforeTheAnalysis()
    {
        auto p = newProject();
        RunConfig c;
        c.counterbalance = true;
        const qint64 run = p->runs().create(c, {withOptions(QStringLiteral("a")), freeText(QStringLiteral("b"))},
                                            {p->models().entryFor(QStringLiteral("mock:m"))});
        answer(*p, run, 0, 0, 0, 2); // as written: 2
        answer(*p, run, 1, 0, 0, 4); // free text
        answer(*p, run, 2, 0, 0, 1); // the mirror of a: 1 there is 5 as written
        const Json input = Json::parse(run::buildAnalysisInput(*p, run));
        QCOMPARE(input["transcripts"].size(), std::size_t(3));
        std::map<std::string, std::vector<int>> scores;
        for (const Json& t : input["transcripts"]) {
            scores[t["scenarioId"].get<std::string>()].push_back(t["summary"]["score"].get<int>());
            if (t["scenarioId"] == "0") QCOMPARE(t["scenario"]["name"].get<std::string>(), std::string("a"));
        }
        QCOMPARE(scores["0"], (std::vector<int>{2, 5}));
        QCOMPARE(scores["1"], (std::vector<int>{4}));
        QVERIFY(!scores.count("2"));
        const Json analysis = Json::parse(run::analyzeRun(*p, run));
        QVERIFY(std::abs(analysis["perModel"]["mock:m"]["clustered"]["mean"].get<double>() - 11.0 / 3.0) < 1e-6); // 2, 5 (recoded 1), 4
        QCOMPARE(analysis["orderEffects"].size(), std::size_t(1));
        const Json& e = analysis["orderEffects"][0];
        QCOMPARE(e["model"].get<std::string>(), std::string("mock:m"));
        QCOMPARE(e["scenarios"].get<int>(), 1);
        QCOMPARE(e["effect"].get<double>(), 1.5); // (5 − 2) / 2: toward whichever option came first
        QCOMPARE(e["flipRate"].get<double>(), 1.0);
        QCOMPARE(e["balancedMean"].get<double>(), 3.5);
        QVERIFY(e["ci95"].is_null()); // one scenario: no interval
    }

    void runsWithoutMirrorsHaveNoOrderEffects()
    {
        auto p = newProject();
        const qint64 run = p->runs().create(RunConfig{}, {withOptions(QStringLiteral("a"))}, {p->models().entryFor(QStringLiteral("mock:m"))});
        answer(*p, run, 0, 0, 0, 2);
        const Json analysis = Json::parse(run::analyzeRun(*p, run));
        QVERIFY(!analysis.contains("orderEffects"));
        QVERIFY(std::abs(analysis["perModel"]["mock:m"]["clustered"]["mean"].get<double>() - 2.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(CounterbalanceTest)
#include "tst_counterbalance.moc"
