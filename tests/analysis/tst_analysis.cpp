// valuerank-analyze-basic's additions (docs/worker-protocol.md) and hostile inputs, run in process on the core function.
#include "analysis_inputs.h"

#include <QTest>

#include <random>

using namespace vr;

using namespace vr::test;

class AnalysisTest : public QObject {
    Q_OBJECT

private slots:
    void modelOrderIsFirstAppearanceAndPairsAreKeyedThatWay()
    {
        std::vector<std::string> t;
        for (int s = 0; s < 6; ++s) {
            t.push_back(transcript("zeta", "s" + std::to_string(s), std::to_string(1 + s % 5)));
            t.push_back(transcript("alpha", "s" + std::to_string(s), std::to_string(5 - s % 5)));
        }
        const Json a = analyze(run(t))["analysis"];
        QCOMPARE(a["perModel"].begin().key(), std::string("zeta"));
        QVERIFY(a["modelAgreement"]["pairwise"].contains("zeta:alpha"));
        const Json pair = a["modelAgreement"]["pairwise"]["zeta:alpha"];
        QVERIFY(pair["spearmanRho"].get<double>() < -0.9);
        QVERIFY(pair["effectSize"].get<double>() < 0); // zeta's mean (2.83) minus alpha's (3.17)
        QVERIFY(pair["cohensKappa"].is_number());
        QVERIFY(pair["weightedKappa"].get<double>() < 0);
        QCOMPARE(a["modelAgreement"]["overallKappa"].get<double>(), pair["cohensKappa"].get<double>());
        QVERIFY(a["perModel"]["zeta"]["overall"]["meanCI95"]["lower"].get<double>() < a["perModel"]["zeta"]["mean"].get<double>());
        QVERIFY(a["perModel"]["zeta"]["stdDev"] == a["perModel"]["zeta"]["overall"]["stdDev"]);
        QVERIFY(a["methodsUsed"]["codeVersion"].is_string());
    }

    void colonsInModelIdsDoNotCrash()
    {
        std::vector<std::string> t;
        for (int s = 0; s < 5; ++s)
            for (const char* m : {"openai:gpt-4o", "anthropic:claude", "local:llama3"})
                t.push_back(transcript(m, "s" + std::to_string(s), std::to_string(1 + (s * 7 + m[0]) % 5)));
        const Json a = analyze(run(t))["analysis"];
        QCOMPARE(a["modelAgreement"]["pairwise"].size(), size_t(3));
        QVERIFY(a["modelAgreement"]["pairwise"].contains("openai:gpt-4o:anthropic:claude"));
        QVERIFY(a["modelAgreement"]["outlierModels"].is_array());
    }

    void dimensionCorrelationNeedsNumericLevels()
    {
        std::vector<std::string> t;
        for (int s = 0; s < 10; ++s) {
            const std::string dims = ", \"scenario\": {\"name\": \"S" + std::to_string(s) + "\", \"dimensions\": {\"severity\": "
                + std::to_string(1 + s % 5) + ", \"kind\": \"" + (s % 2 ? "a" : "b") + "\"}}";
            t.push_back(transcript("m", "s" + std::to_string(s), std::to_string(1 + s % 5), dims));
        }
        const Json d = analyze(run(t))["analysis"]["dimensionAnalysis"]["dimensions"];
        QCOMPARE(d["severity"]["correlation"].get<double>(), 1.0);
        QCOMPARE(d["severity"]["correlationPValue"].get<double>(), 0.0);
        QCOMPARE(d["severity"]["rank"].get<int>(), 1);
        QVERIFY(d["kind"]["correlation"].is_null());
        QVERIFY(d["kind"]["pValue"].get<double>() > 0.05);
    }

    void malformedJsonReportsTheByteOffset()
    {
        const Outcome o = outcomeOf("{\"runId\": \"r\", \"transcripts\": [{\"modelId\": tru}]}");
        QCOMPARE(o.code, std::string("VALIDATION_ERROR"));
        QVERIFY2(o.message.rfind("Invalid JSON input: ", 0) == 0, o.message.c_str());
        QVERIFY2(o.message.find("(char ") != std::string::npos, o.message.c_str());
        // Found by fuzzing: invalid UTF-8 is reported as invalid JSON.
        const Outcome utf8 = outcomeOf("{\"runId\": \"\xff\xfe\", \"transcripts\": []}");
        QCOMPARE(utf8.code, std::string("VALIDATION_ERROR"));
        QVERIFY2(utf8.message.rfind("Invalid JSON input: ", 0) == 0, utf8.message.c_str());
        const Outcome trailing = outcomeOf("{\"runId\": \"r\", \"transcripts\": []} extra");
        QVERIFY2(trailing.message.rfind("Invalid JSON input: ", 0) == 0, trailing.message.c_str());
    }

    void validationComesBeforeTypeErrors()
    {
        // The reference validates runId first, so a null summary elsewhere does not mask the missing field.
        const Outcome o = outcomeOf("{\"transcripts\": [{\"summary\": null}]}");
        QCOMPARE(o.message, std::string("Missing required field: runId"));
        const Outcome t = outcomeOf("{\"runId\": \"r\", \"transcripts\": [{\"summary\": null}]}");
        QCOMPARE(t.code, std::string("UNKNOWN"));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("success");
        QTest::newRow("score strings") << QByteArray::fromStdString(run({transcript("m", "s", "\"4\""), transcript("m", "t", "\" 2 \"")})) << true;
        QTest::newRow("score decimal string") << QByteArray::fromStdString(run({transcript("m", "s", "\"4.5\"")})) << false;
        QTest::newRow("score word") << QByteArray::fromStdString(run({transcript("m", "s", "\"high\"")})) << false;
        QTest::newRow("score booleans") << QByteArray::fromStdString(run({transcript("m", "s", "true"), transcript("m", "t", "false")})) << true;
        QTest::newRow("score object") << QByteArray::fromStdString(run({transcript("m", "s", "{}")})) << false;
        QTest::newRow("null summary") << QByteArray("{\"runId\": \"r\", \"transcripts\": [{\"summary\": null}]}") << false;
        QTest::newRow("null scenario") << QByteArray("{\"runId\": \"r\", \"transcripts\": [{\"scenario\": null}]}") << false;
        QTest::newRow("null dimensions") << QByteArray("{\"runId\": \"r\", \"transcripts\": [{\"scenario\": {\"dimensions\": null}}]}") << false;
        QTest::newRow("transcript is a number") << QByteArray("{\"runId\": \"r\", \"transcripts\": [5]}") << false;
        QTest::newRow("model id is a number") << QByteArray("{\"runId\": \"r\", \"transcripts\": [{\"modelId\": 5}]}") << false;
        QTest::newRow("extreme numbers") << QByteArray::fromStdString(run({transcript("m", "s", "1e308"), transcript("m", "t", "-1e308"),
                                                                            transcript("n", "s", "1e-308"), transcript("n", "t", "5")})) << true;
        QTest::newRow("huge integer") << QByteArray::fromStdString(run({transcript("m", "s", "123456789012345678901234567890")})) << true;
        QTest::newRow("deep nesting") << QByteArray("{\"runId\": \"r\", \"x\": ") + QByteArray(100000, '[') << false;
        QTest::newRow("top-level number") << QByteArray("5") << false;
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << false;
    }
    void hostileInputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, success);
        const Outcome o = outcomeOf(input.toStdString());
        QCOMPARE(o.ok, success);
        if (!success) QVERIFY(!o.message.empty());
    }

    void tenThousandModels()
    {
        // Every model on the same three scenarios: the pairwise table would hold 50 million pairs, so it is
        // skipped with a warning instead of hanging.
        std::vector<std::string> t;
        for (int m = 0; m < 10000; ++m)
            for (int s = 0; s < 3; ++s) t.push_back(transcript("m" + std::to_string(m), "s" + std::to_string(s), std::to_string(1 + (m + s) % 5)));
        const Json a = analyze(run(t))["analysis"];
        QCOMPARE(a["perModel"].size(), size_t(10000));
        QVERIFY(a["modelAgreement"]["pairwise"].empty());
        bool warned = false;
        for (const auto& w : a["warnings"]) warned = warned || w["code"] == "TOO_MANY_MODELS";
        QVERIFY(warned);
    }

    void oneScenarioWithTenThousandSamples()
    {
        std::vector<std::string> t;
        std::mt19937 rng(7);
        for (int i = 0; i < 10000; ++i) t.push_back(transcript(i % 2 ? "a" : "b", "only", std::to_string(1 + rng() % 5)));
        const Json a = analyze(run(t))["analysis"];
        QCOMPARE(a["mostContestedScenarios"].size(), size_t(1));
        QCOMPARE(a["mostContestedScenarios"][0]["modelScores"].size(), size_t(2));
        QCOMPARE(a["perModel"]["a"]["sampleSize"].get<int>(), 5000);
        QCOMPARE(a["modelAgreement"]["pairwise"]["b:a"]["spearmanRho"].get<double>(), 0.0); // one aligned scenario
    }
};

QTEST_GUILESS_MAIN(AnalysisTest)
#include "tst_analysis.moc"
