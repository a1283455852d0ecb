// Bad input never crashes a worker: each of these gives exactly one JSON envelope on one line, exit status 0.
#include "golden_case.h"

#include <QTest>

#include <set>

using namespace vr;
using namespace vr::test;

class WorkerInputRobustnessTest : public QObject {
    Q_OBJECT

private slots:
    void hostileInput_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("expectValidationError");
        const QStringList workers = QStringLiteral(VR_WORKERS).split(',', Qt::SkipEmptyParts);
        QByteArray big = "{\"runId\": \"r\", \"transcriptId\": \"t\", \"padding\": \"";
        big += QByteArray(50 * 1024 * 1024, 'x');
        big += "\", \"n\": [";
        const QList<std::pair<const char*, QByteArray>> inputs{
            {"empty", QByteArray()},
            {"whitespace", QByteArray("  \n\t \r\n")},
            {"invalid_json", QByteArray("{not json")},
            {"array", QByteArray("[]")},
            {"number", QByteArray("5")},
            {"string", QByteArray("\"x\"")},
            {"null", QByteArray("null")},
            {"invalid_utf8", QByteArray("{\"runId\": \"\xff\xfe\x80\", \"transcriptId\": \"\xc3\x28\"}")},
            {"deep_nesting", QByteArray(200000, '[')},
            {"truncated_50MB", big},
        };
        for (const QString& worker : workers)
            for (const auto& [name, data] : inputs)
                QTest::newRow(qPrintable(worker + ":" + name)) << worker << data << (worker != "health-check");
    }

    void hostileInput()
    {
        QFETCH(QString, worker);
        QFETCH(QByteArray, input);
        QFETCH(bool, expectValidationError);
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-") + worker, input,
                                             goldenEnvironment(Json::object(), 9));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutData.count('\n'), 1);
        QVERIFY(run.stdoutData.endsWith('\n'));
        Json envelope;
        try {
            envelope = Json::parse(run.stdoutData.toStdString());
        } catch (...) {
            QFAIL(qPrintable("not JSON: " + QString::fromUtf8(run.stdoutData.left(200))));
        }
        QVERIFY(envelope.is_object());
        QVERIFY(envelope["success"].is_boolean());
        if (expectValidationError) {
            QCOMPARE(envelope["success"].get<bool>(), false);
            QVERIFY(envelope["error"]["message"].is_string());
            QVERIFY(envelope["error"]["code"].is_string());
            QVERIFY(envelope["error"]["retryable"].is_boolean());
        } else {
            QCOMPARE(envelope["success"].get<bool>(), true); // health_check ignores its input
        }
    }

    void helpAndVersionArePlainText()
    {
        for (const QString& worker : QStringLiteral(VR_WORKERS).split(',', Qt::SkipEmptyParts)) {
            const QString bin = QStringLiteral(VR_BIN_DIR "/valuerank-") + worker;
            const ProcessResult help = runProcess(bin, {}, QProcessEnvironment::systemEnvironment(), 10000, {"--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.stdoutData.contains("Usage: valuerank-" + worker.toUtf8()));
            const ProcessResult version = runProcess(bin, {}, QProcessEnvironment::systemEnvironment(), 10000, {"--version"});
            QCOMPARE(version.exitCode, 0);
            QVERIFY(version.stdoutData.startsWith("valuerank-" + worker.toUtf8() + " "));
        }
    }

    // Contract corners: wrong-typed fields are VALIDATION_ERRORs in words, scalar documents get the answers the
    // other workers give, a BOM is skipped by every worker, stderr holds only JSON lines with huge fields cut.
    void contractCorners_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("message");
        const QByteArray transcript = R"("transcriptId": "t", "transcriptContent": {"turns": []})";
        for (const char* explain : {"null", "0", "\"x\"", "[]"})
            QTest::newRow(qPrintable(QString("summarize explain %1").arg(explain)))
                << "summarize" << "{" + transcript + ", \"explain\": " + explain + "}" << "VALIDATION_ERROR" << false << "explain must be true or false";
        QTest::newRow("analyze string document") << "analyze-basic" << QByteArray("\"x\"") << "VALIDATION_ERROR" << false << "Missing required field: runId";
        QTest::newRow("analyze null document") << "analyze-basic" << QByteArray("null") << "UNKNOWN" << true << "argument of type 'NoneType' is not iterable";
        QTest::newRow("summarize null document") << "summarize" << QByteArray("null") << "UNKNOWN" << true << "argument of type 'NoneType' is not iterable";
        QTest::newRow("probe mock without a name")
            << "probe" << QByteArray(R"({"runId": "r", "scenarioId": "s", "modelId": "mock:", "scenario": {"prompt": "A or B?"}, "config": {"maxTurns": 1}})")
            << "VALIDATION_ERROR" << false << "A mock model needs a name";
        const QByteArray bom = "\xEF\xBB\xBF";
        QTest::newRow("analyze BOM") << "analyze-basic" << bom + R"({"runId": "r", "transcripts": []})" << "" << false << "";
        QTest::newRow("summarize BOM") << "summarize" << bom + "{" + transcript + ", \"explain\": false}" << "" << false << "";
        QTest::newRow("probe BOM") << "probe" << bom + R"({"runId": "r", "scenarioId": "s", "modelId": "mock:a", "scenario": {"prompt": "A or B?"}, "config": {"maxTurns": 1}})"
                                   << "" << false << "";
        QTest::newRow("health BOM") << "health-check" << bom + "{}" << "" << false << "";
    }
    void contractCorners()
    {
        QFETCH(QString, worker);
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QFETCH(QString, message);
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-") + worker, input, goldenEnvironment(Json::object(), 9));
        QCOMPARE(run.exitCode, 0);
        const Json envelope = Json::parse(run.stdoutData.toStdString());
        if (code.isEmpty()) {
            QVERIFY2(envelope["success"].get<bool>(), run.stdoutData.constData());
        } else {
            QCOMPARE(QString::fromStdString(envelope["error"]["code"].get<std::string>()), code);
            QCOMPARE(envelope["error"]["retryable"].get<bool>(), retryable);
            const std::string text = envelope["error"]["message"].get<std::string>();
            QVERIFY2(QString::fromStdString(text).startsWith(message), text.c_str());
            for (const char* jargon : {"json.exception", "get_bool", "get_double", "simdjson", "[json."})
                QVERIFY2(text.find(jargon) == std::string::npos, text.c_str());
        }
        for (const QByteArray& line : run.stderrData.split('\n'))
            if (!line.isEmpty()) QVERIFY2(Json::accept(line.toStdString()), line.constData());
    }

    void hugeEchoedFieldsAreCutInLogs()
    {
        const QByteArray runId(2 * 1024 * 1024, 'r');
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-analyze-basic"),
                                             R"({"runId": ")" + runId + R"(", "transcripts": []})", goldenEnvironment(Json::object(), 9));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(Json::parse(run.stdoutData.toStdString())["success"].get<bool>());
        QVERIFY2(run.stderrData.size() < 20000, qPrintable(QString::number(run.stderrData.size())));
        QVERIFY(run.stderrData.contains("bytes in all]"));
    }

    void collidingPairKeysLoseNoPair()
    {
        // Ids with ':' make "a:b" + "c" and "a" + "b:c" share the key "a:b:c".
        Json transcripts = Json::array();
        int id = 0;
        for (const char* scenario : {"s1", "s2", "s3"})
            for (const char* model : {"a:b", "c", "a", "b:c"})
                transcripts.push_back({{"id", std::to_string(++id)}, {"modelId", model}, {"scenarioId", scenario},
                                       {"summary", {{"score", 1 + (id * 7) % 5}}}});
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-analyze-basic"),
                                             QByteArray::fromStdString(Json{{"runId", "r"}, {"transcripts", transcripts}}.dump()),
                                             goldenEnvironment(Json::object(), 9));
        const Json analysis = Json::parse(run.stdoutData.toStdString())["analysis"];
        QCOMPARE(analysis["modelAgreement"]["pairs"].size(), size_t(6)); // 4 models: every one of the 6 pairs
        QCOMPARE(analysis["modelAgreement"]["pairwise"].size(), size_t(5)); // the reference's keys: one collides
        std::set<std::pair<std::string, std::string>> named;
        for (const Json& p : analysis["modelAgreement"]["pairs"]) named.insert({p["modelA"].get<std::string>(), p["modelB"].get<std::string>()});
        QVERIFY(named.count({"a:b", "c"}) && named.count({"a", "b:c"}));
        bool warned = false;
        for (const Json& w : analysis["warnings"]) warned = warned || w["code"] == "PAIR_KEY_COLLISION";
        QVERIFY(warned);
    }

    void loneSurrogatesAreReadAsReplacementCharacters_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("analyze") << "analyze-basic"
                                 << QByteArray(R"({"runId": "r\ud83d", "transcripts": [{"id": "1", "modelId": "m\udc00", "scenarioId": "s", "summary": {"score": 2}}]})");
        QTest::newRow("summarize") << "summarize"
                                   << QByteArray(R"({"transcriptId": "t", "transcriptContent": {"turns": [{"probePrompt": "p", "targetResponse": "Rating: 4 \ud83d"}]}, "explain": false})");
        QTest::newRow("probe") << "probe"
                               << QByteArray(R"({"runId": "r", "scenarioId": "s\ud83d", "modelId": "mock:a", "scenario": {"prompt": "A or B? \ud83d"}, "config": {"maxTurns": 1}})");
    }
    void loneSurrogatesAreReadAsReplacementCharacters()
    {
        QFETCH(QString, worker);
        QFETCH(QByteArray, input);
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-") + worker, input, goldenEnvironment(Json::object(), 9));
        const Json envelope = Json::parse(run.stdoutData.toStdString());
        QVERIFY2(envelope["success"].get<bool>(), run.stdoutData.constData());
        if (worker == "analyze-basic") QVERIFY(envelope["analysis"]["perModel"].contains("m\uFFFD"));
        if (worker == "summarize") QCOMPARE(envelope["summary"]["decisionCode"].get<std::string>(), std::string("4"));
        // An escaped backslash before "ud83d" is text, not an escape, and stays as it was.
        QByteArray literal = R"({"transcriptId": "t", "transcriptContent": {"turns": [{"probePrompt": "p", "targetResponse": "Rating: 3 \\ud83d \ud83d"}]}, "explain": false})";
        const ProcessResult again = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-summarize"), literal, goldenEnvironment(Json::object(), 9));
        QVERIFY2(Json::parse(again.stdoutData.toStdString())["success"].get<bool>(), again.stdoutData.constData());
    }
};

QTEST_GUILESS_MAIN(WorkerInputRobustnessTest)
#include "tst_worker_input_robustness.moc"
