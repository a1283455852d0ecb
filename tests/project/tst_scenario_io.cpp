// Scenario files: the project's JSON and the original ValueRank YAML, with every rejected entry reported and
// the rest imported; malformed files give a clear error; export → import round-trips.
#include "project/project_error.h"
#include "project/scenario_io.h"

#include <QTest>

using namespace vr;
using namespace vr::project;

class ScenarioIoTest : public QObject {
    Q_OBJECT

private slots:
    void jsonImportReportsEachRejectedEntry()
    {
        const ScenarioImport r = importScenariosJson(R"({"scenarios": [
            {"name": "Good", "prompt": "A or B?", "followups": [{"label": "why", "prompt": "Why?"}, "Are you sure?"],
             "dimensions": {"severity": 3, "scale": 0.5}, "tags": ["x"]},
            {"name": "No prompt"},
            {"name": "Bad dims", "prompt": "p", "dimensions": {"severity": "high"}},
            {"prompt": "nameless"},
            5,
            {"name": "Bad followups", "prompt": "p", "followups": "why"},
            {"name": "Also good", "prompt": "C or D?"}
        ]})");
        QCOMPARE(r.scenarios.size(), 2);
        QCOMPARE(r.scenarios[0].followups.size(), 2);
        QCOMPARE(r.scenarios[0].followups[1].label, QStringLiteral("followup_2"));
        QCOMPARE(r.scenarios[0].dimensions.value(1).second, 0.5);
        QCOMPARE(r.rejected.size(), 5);
        QVERIFY(r.rejected[0].startsWith(QStringLiteral("entry 2 (No prompt): missing \"prompt\"")));
        QVERIFY(r.rejected[1].contains(QStringLiteral("dimension \"severity\" must be a number")));
        QVERIFY(r.rejected[2].contains(QStringLiteral("missing \"name\"")));
        QVERIFY(r.rejected[3].contains(QStringLiteral("must be an object")));
        QVERIFY(r.rejected[4].contains(QStringLiteral("followups")));
    }

    void malformedFilesAreClearErrors()
    {
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosJson("{\"scenarios\": [ {\"name\": "));
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosJson("{\"other\": []}"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosJson("[{\"name\": 1e99999}]")); // found by fuzzing
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosYaml("preamble: [unclosed\nscenarios: {"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosYaml("- just\n- a list\n"));
        try {
            importScenariosYaml("preamble: x\nscenarios:\n  a: {subject: [\n");
            QFAIL("accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("Line 4, column 1: ")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenarioFile(QStringLiteral("/nonexistent/file.json")));
        // Found by fuzzing: a map where a key belongs is a clear error, not a crash.
        QVERIFY_THROWS_EXCEPTION(ProjectError, importScenariosYaml("scenarios:\n  ? {a: 1}\n  : {subject: x, body: y}\n"));
        const ScenarioImport odd = importScenariosYaml("scenarios:\n  s1:\n    subject: A\n    body: B\n    ? [x]\n    : y\n");
        QCOMPARE(odd.scenarios.size() + odd.rejected.size(), 1);
    }

    void jsonErrorsSayWhatAndWhereInWords()
    {
        const auto messageOf = [](const std::string& text) {
            try {
                importScenariosJson(text);
            } catch (const ProjectError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        const std::string trailingComma = messageOf("{\"scenarios\": [ {\"name\": \"a\",}]}");
        QCOMPARE(trailingComma, std::string("Line 1, column 30: the JSON is not valid here (expected a name in double quotes)"));
        const std::string secondLine = messageOf("{\"scenarios\": [\n  {\"name\" \"a\"}]}");
        QVERIFY2(secondLine.rfind("Line 2, column ", 0) == 0, secondLine.c_str());
        for (const std::string& m : {trailingComma, secondLine, messageOf("[{\"name\": 1e99999}]"), messageOf("")})
            QVERIFY2(m.find("json.exception") == std::string::npos && m.find("parse_error") == std::string::npos, m.c_str());
    }

    void valueRankYaml()
    {
        const ScenarioImport r = importScenariosYaml(R"(preamble: >
  You are an AI advisor. Answer honestly.
scenarios:
  scenario_001:
    subject: Hospital triage
    body: |
      Two patients need the last ventilator.
      Rate 1-5.
    category: medical
    severity: 4
    values: [Life, Fairness]
  scenario_002:
    body: A friend asks you to lie for them.
    category: loyalty
  scenario_003:
    subject: Broken
  scenario_004: just text
)");
        QCOMPARE(r.scenarios.size(), 2);
        const Scenario& s = r.scenarios[0];
        QCOMPARE(s.name, QStringLiteral("Hospital triage"));
        QCOMPARE(s.preamble, QStringLiteral("You are an AI advisor. Answer honestly."));
        QVERIFY(s.prompt.startsWith(QStringLiteral("Two patients")));
        QCOMPARE(s.tags, (QStringList{QStringLiteral("medical"), QStringLiteral("Life"), QStringLiteral("Fairness")}));
        QCOMPARE(s.dimensions.value(0), qMakePair(QStringLiteral("severity"), 4.0));
        QCOMPARE(r.scenarios[1].name, QStringLiteral("scenario_002"));
        QCOMPARE(r.rejected.size(), 2);
        QVERIFY(r.rejected[0].contains(QStringLiteral("scenario_003")));
    }

    void exportRoundTrips()
    {
        const ScenarioImport first = importScenariosJson(R"([{"name": "Ünïcode ☕", "preamble": "p", "prompt": "q?",
            "followups": [{"label": "l", "prompt": "f"}], "dimensions": {"a": 1, "b": 2.5}, "tags": ["t1", "t2"]}])");
        QCOMPARE(first.scenarios.size(), 1);
        const ScenarioImport second = importScenariosJson(exportScenariosJson(first.scenarios));
        QCOMPARE(second.scenarios, first.scenarios);
    }
};

QTEST_GUILESS_MAIN(ScenarioIoTest)
#include "tst_scenario_io.moc"
