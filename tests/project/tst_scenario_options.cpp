// Scenarios that declare their two options and five scale labels: JSON in and out (prompt then optional, every
// malformed declaration rejected with its reason), the rendered prompt the decision parser reads, the mirror,
// and storage in the project (schema 6) and in a run's frozen copy.
#include "project/project.h"
#include "project/scenario_io.h"
#include "summarize/scale_labels.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::project;

namespace {

const char* kDeclared = R"({"name": "Café", "prompt": "The café loses money.", "optionA": "keep the café open",
    "optionB": "close the café", "scaleLabels": ["Strongly keep it open", "Lean to keeping it open", "Undecided",
    "Lean to closing it", "Strongly close it"]})";

} // namespace

class ScenarioOptionsTest : public QObject {
    Q_OBJECT

private slots:
    void declaredOptionsRoundTripAndMakeThePromptOptional()
    {
        const Scenario s = Scenario::fromJson(Json::parse(kDeclared));
        QVERIFY(s.options);
        QCOMPARE(s.options->optionB, QStringLiteral("close the café"));
        QCOMPARE(s.options->scaleLabels.size(), 5);
        QCOMPARE(Scenario::fromJson(s.toJson()), s);
        // Through the project's scenario file, export → import.
        const ScenarioImport again = importScenariosJson(exportScenariosJson({s}));
        QCOMPARE(again.rejected, QStringList());
        QCOMPARE(again.scenarios.value(0), s);
        Json noPrompt = Json::parse(kDeclared);
        noPrompt.erase("prompt");
        const Scenario bare = Scenario::fromJson(noPrompt);
        QVERIFY(bare.isRunnable());
        QVERIFY(bare.probePrompt().startsWith(QStringLiteral("Option A: keep the café open\nOption B: close the café\n")));
        // A free-text scenario neither gains the keys nor loses its prompt requirement.
        const Scenario plain = Scenario::fromJson(Json::parse(R"({"name": "p", "prompt": "A or B?"})"));
        QVERIFY(!plain.options);
        QVERIFY(!plain.toJson().contains("optionA"));
        QCOMPARE(plain.probePrompt(), QStringLiteral("A or B?"));
    }

    void malformedDeclarationsAreRejectedWithTheirReason()
    {
        const ScenarioImport r = importScenariosJson(R"({"scenarios": [
            {"name": "Only A", "prompt": "p", "optionA": "x"},
            {"name": "Four labels", "optionA": "x", "optionB": "y", "scaleLabels": ["1", "2", "3", "4"]},
            {"name": "Number label", "optionA": "x", "optionB": "y", "scaleLabels": ["1", "2", 3, "4", "5"]},
            {"name": "Empty B", "optionA": "x", "optionB": " ", "scaleLabels": ["1", "2", "3", "4", "5"]},
            {"name": "Same", "optionA": "x", "optionB": "x", "scaleLabels": ["1", "2", "3", "4", "5"]},
            {"name": "Two lines", "optionA": "x\ny", "optionB": "z", "scaleLabels": ["1", "2", "3", "4", "5"]},
            {"name": "No prompt, no options"}
        ]})");
        QCOMPARE(r.scenarios.size(), 0);
        QCOMPARE(r.rejected.size(), 7);
        QVERIFY2(r.rejected[0].contains(QStringLiteral("missing \"optionB\"")), qPrintable(r.rejected[0]));
        QVERIFY2(r.rejected[1].contains(QStringLiteral("exactly 5")), qPrintable(r.rejected[1]));
        QVERIFY2(r.rejected[2].contains(QStringLiteral("exactly 5 strings")), qPrintable(r.rejected[2]));
        QVERIFY2(r.rejected[3].contains(QStringLiteral("\"optionB\" is empty")), qPrintable(r.rejected[3]));
        QVERIFY2(r.rejected[4].contains(QStringLiteral("the same text")), qPrintable(r.rejected[4]));
        QVERIFY2(r.rejected[5].contains(QStringLiteral("one line")), qPrintable(r.rejected[5]));
        QVERIFY2(r.rejected[6].contains(QStringLiteral("missing \"prompt\"")), qPrintable(r.rejected[6]));
    }

    void theRenderedScaleIsWhatTheDecisionParserReads()
    {
        const Scenario s = Scenario::fromJson(Json::parse(kDeclared));
        const QString prompt = s.probePrompt();
        QVERIFY(prompt.startsWith(QStringLiteral("The café loses money.\n\nOption A: keep the café open\n")));
        QVERIFY(prompt.endsWith(QStringLiteral("Answer on this scale:\n1 - Strongly keep it open\n2 - Lean to keeping it open\n3 - Undecided\n"
                                               "4 - Lean to closing it\n5 - Strongly close it")));
        const auto labels = summarize::readScaleLabels({prompt});
        QCOMPARE(labels.size(), size_t(5));
        QCOMPARE(labels[0].code, 1);
        QCOMPARE(labels[0].text, summarize::normalizeForMatching(QStringLiteral("Strongly keep it open")));
        QCOMPARE(labels[4].text, summarize::normalizeForMatching(QStringLiteral("Strongly close it")));
        QCOMPARE(s.toProbeJson()["prompt"].get<std::string>(), prompt.toStdString());
    }

    void theMirrorShowsBFirstWithTheScaleReversed()
    {
        const Scenario s = Scenario::fromJson(Json::parse(kDeclared));
        const Scenario m = s.mirrored();
        QCOMPARE(m.options->optionA, s.options->optionB);
        QCOMPARE(m.options->optionB, s.options->optionA);
        for (int c = 1; c <= 5; ++c) QCOMPARE(m.options->scaleLabels[c - 1], s.options->scaleLabels[5 - c]); // c here is 6 − c there
        QVERIFY(m.probePrompt().contains(QStringLiteral("Option A: close the café\nOption B: keep the café open")));
        QVERIFY(m.probePrompt().endsWith(QStringLiteral("1 - Strongly close it\n2 - Lean to closing it\n3 - Undecided\n"
                                                        "4 - Lean to keeping it open\n5 - Strongly keep it open")));
        QCOMPARE(m.mirrored(), s);
        QCOMPARE(m.name, s.name);
        QCOMPARE(m.prompt, s.prompt);
    }

    void storedInTheProjectAndInARunsFrozenCopy()
    {
        QTemporaryDir dir;
        Project p(dir.filePath(QStringLiteral("o.vrproj")), ProjectDatabase::OpenMode::CreateNew);
        QCOMPARE(p.database().userVersion(), 6);
        Scenario s = Scenario::fromJson(Json::parse(kDeclared));
        const Scenario plain = Scenario::fromJson(Json::parse(R"({"name": "p", "prompt": "A or B?"})"));
        s.id = p.scenarios().add(s);
        p.scenarios().add(plain);
        QList<Scenario> stored = p.scenarios().list();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].options, s.options);
        QVERIFY(!stored[1].options);
        // Editing the options is saved; removing them is too.
        stored[0].options->optionA = QStringLiteral("sell the café");
        p.scenarios().update(stored[0]);
        QCOMPARE(p.scenarios().find(stored[0].id)->options->optionA, QStringLiteral("sell the café"));
        stored[0].options.reset();
        stored[0].prompt = QStringLiteral("Now free text");
        p.scenarios().update(stored[0]);
        QVERIFY(!p.scenarios().find(stored[0].id)->options);
        const qint64 run = p.runs().create(RunConfig{}, {s}, {p.models().entryFor(QStringLiteral("mock:a"))});
        QCOMPARE(p.runs().scenarios(run).value(0).options, s.options);
    }
};

QTEST_GUILESS_MAIN(ScenarioOptionsTest)
#include "tst_scenario_options.moc"
