// The protocol layer against docs/worker-protocol.md: error codes and classification, envelopes,
// Python rounding and float format, ISO timestamps, cost snapshots, JSON log lines and .env loading.
#include "protocol/cost_snapshot.h"
#include "protocol/envelope.h"
#include "protocol/environment.h"
#include "protocol/json_log.h"
#include "protocol/lone_surrogates.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace vr;

class ProtocolTest : public QObject {
    Q_OBJECT

private slots:
    void retryableTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("RATE_LIMIT") << "RATE_LIMIT" << true;
        QTest::newRow("TIMEOUT") << "TIMEOUT" << true;
        QTest::newRow("NETWORK_ERROR") << "NETWORK_ERROR" << true;
        QTest::newRow("SERVER_ERROR") << "SERVER_ERROR" << true;
        QTest::newRow("AUTH_ERROR") << "AUTH_ERROR" << false;
        QTest::newRow("VALIDATION_ERROR") << "VALIDATION_ERROR" << false;
        QTest::newRow("NOT_FOUND") << "NOT_FOUND" << false;
        QTest::newRow("UNSUPPORTED_PROVIDER") << "UNSUPPORTED_PROVIDER" << false;
        QTest::newRow("MISSING_API_KEY") << "MISSING_API_KEY" << false;
        QTest::newRow("INVALID_RESPONSE") << "INVALID_RESPONSE" << false;
        QTest::newRow("UNKNOWN") << "UNKNOWN" << false;
    }
    void retryableTable()
    {
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        const auto parsed = errorCodeFromName(code.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(std::string(errorCodeName(*parsed)), code.toStdString());
        QCOMPARE(isRetryableCode(*parsed), retryable);
        const WorkerError e = WorkerError::worker("m", *parsed);
        QCOMPARE(e.retryable(), retryable);
        QCOMPARE(e.toJson().dump(), Json({{"message", "m"}, {"code", code.toStdString()}, {"retryable", retryable}, {"details", nullptr}}).dump());
    }

    void httpStatusTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("429") << 429 << "RATE_LIMIT" << true;
        QTest::newRow("401") << 401 << "AUTH_ERROR" << false;
        QTest::newRow("403") << 403 << "AUTH_ERROR" << false;
        QTest::newRow("404") << 404 << "NOT_FOUND" << false;
        QTest::newRow("400") << 400 << "VALIDATION_ERROR" << false;
        for (int s : {500, 501, 502, 503, 504, 599})
            QTest::newRow(qPrintable(QString::number(s))) << s << "SERVER_ERROR" << true;
        QTest::newRow("418") << 418 << "UNKNOWN" << false;
        QTest::newRow("302") << 302 << "UNKNOWN" << false;
    }
    void httpStatusTable()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        const WorkerError e = WorkerError::llm("HTTP error", ErrorCode::Unknown, status);
        QCOMPARE(std::string(errorCodeName(e.code())), code.toStdString());
        QCOMPARE(e.retryable(), retryable);
        const Json j = e.toJson();
        QCOMPARE(j["statusCode"].get<int>(), status);
        QCOMPARE(j.back().get<int>(), status); // statusCode is the last key
    }

    void explicitCodeBeatsStatus()
    {
        const WorkerError e = WorkerError::llm("bad", ErrorCode::InvalidResponse, 200);
        QCOMPARE(e.code(), ErrorCode::InvalidResponse);
        QCOMPARE(e.toJson()["statusCode"].get<int>(), 200);
        QVERIFY(!WorkerError::llm("x", ErrorCode::AuthError).toJson().contains("statusCode"));
    }

    void retryableAndValidationErrors()
    {
        QCOMPARE(WorkerError::retryableError("x").code(), ErrorCode::NetworkError);
        QVERIFY(WorkerError::retryableError("x", ErrorCode::AuthError).retryable());
        QCOMPARE(WorkerError::retryableError("x", ErrorCode::AuthError).code(), ErrorCode::NetworkError);
        QCOMPARE(WorkerError::retryableError("x", ErrorCode::Timeout).code(), ErrorCode::Timeout);
        const WorkerError v = WorkerError::validation("bad", std::string("why"));
        QCOMPARE(v.code(), ErrorCode::ValidationError);
        QVERIFY(!v.retryable());
        QCOMPARE(v.toJson()["details"].get<std::string>(), std::string("why"));
        QVERIFY(WorkerError::validation("bad").toJson()["details"].is_null());
    }

    void classifyException_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("hasStatus");
        QTest::newRow("timed out") << "Connection timed out" << "TIMEOUT" << true << false;
        QTest::newRow("timeout") << "read TIMEOUT" << "TIMEOUT" << true << false;
        QTest::newRow("refused") << "Connection refused" << "NETWORK_ERROR" << true << false;
        QTest::newRow("socket") << "socket closed" << "NETWORK_ERROR" << true << false;
        QTest::newRow("econnrefused") << "ECONNREFUSED" << "NETWORK_ERROR" << true << false;
        QTest::newRow("enotfound") << "getaddrinfo ENOTFOUND" << "NETWORK_ERROR" << true << false;
        QTest::newRow("network") << "Network unreachable" << "NETWORK_ERROR" << true << false;
        QTest::newRow("429") << "429 Rate limit exceeded" << "RATE_LIMIT" << true << true;
        QTest::newRow("rate limit") << "rate limit hit" << "RATE_LIMIT" << true << true;
        QTest::newRow("other") << "division by zero" << "UNKNOWN" << false << false;
    }
    void classifyException()
    {
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QFETCH(bool, hasStatus);
        const WorkerError e = WorkerError::classify(message.toStdString(), "RuntimeError");
        QCOMPARE(std::string(errorCodeName(e.code())), code.toStdString());
        QCOMPARE(e.retryable(), retryable);
        QCOMPARE(e.toJson().contains("statusCode"), hasStatus);
        if (hasStatus) QCOMPARE(e.toJson()["statusCode"].get<int>(), 429);
        if (code == "UNKNOWN" || code == "TIMEOUT")
            QCOMPARE(e.toJson()["details"].get<std::string>(), std::string("RuntimeError"));
    }

    void envelopes()
    {
        QCOMPARE(dumpPythonStyle(successEnvelope("health", Json{{"a", 1}})), std::string("{\"success\": true, \"health\": {\"a\": 1}}"));
        const Json bare = errorEnvelope(WorkerError::bare("No input provided", ErrorCode::ValidationError, false));
        QCOMPARE(dumpPythonStyle(bare), std::string("{\"success\": false, \"error\": {\"message\": \"No input provided\", \"code\": \"VALIDATION_ERROR\", \"retryable\": false}}"));
        const Json crash = errorEnvelope(WorkerError::unexpected("boom", "TypeError", true));
        QCOMPARE(crash["error"]["retryable"].get<bool>(), true);
        QCOMPARE(crash["error"]["details"].get<std::string>(), std::string("TypeError"));
        QVERIFY(!errorEnvelope(WorkerError::unexpected("boom", "TypeError", false))["error"].contains("details"));
    }

    void workerInputParsing()
    {
        for (const char* blank : {"", "   ", " \n\t\r "}) {
            try {
                parseWorkerInput(blank);
                QFAIL("blank input accepted");
            } catch (const WorkerError& e) {
                QCOMPARE(e.message(), std::string("No input provided"));
                QVERIFY(!e.toJson().contains("details"));
            }
        }
        try {
            parseWorkerInput("{\n  \"a\": nope}");
            QFAIL("invalid JSON accepted");
        } catch (const WorkerError& e) {
            QVERIFY2(e.message().rfind("Invalid JSON input: ", 0) == 0, e.what());
            QVERIFY2(e.message().find(": line 2 column 9 (char 10)") != std::string::npos, e.what());
            QCOMPARE(e.code(), ErrorCode::ValidationError);
        }
        try {
            parseWorkerInput(std::string(100000, '['));
            QFAIL("absurd nesting accepted");
        } catch (const WorkerError& e) {
            QVERIFY(e.message().rfind("Invalid JSON input: Nesting", 0) == 0);
        }
        QCOMPARE(parseWorkerInput("{\"a\": [1, 2]}")["a"][1].get<int>(), 2);
        // Found by fuzzing: a number too large for a double is invalid input, not a stray exception.
        try {
            parseWorkerInput("{\"a\": 1e99999}");
            QFAIL("an overflowing number was accepted");
        } catch (const WorkerError& e) {
            QVERIFY2(e.message().rfind("Invalid JSON input: ", 0) == 0, e.what());
        }
    }

    void pythonRounding_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<double>("expected");
        QTest::newRow("2.125") << 2.125 << 2 << 2.12;
        QTest::newRow("2.375") << 2.375 << 2 << 2.38;
        QTest::newRow("0.0078125") << 0.0078125 << 6 << 0.007812;
        QTest::newRow("2.675 binary below tie") << 2.675 << 2 << 2.67;
        QTest::newRow("0.5") << 0.5 << 0 << 0.0;
        QTest::newRow("1.5") << 1.5 << 0 << 2.0;
        QTest::newRow("0.0000125000001") << 0.0000125000001 << 6 << 0.000013;
        QTest::newRow("-1.825742") << -1.8257418583505538 << 6 << -1.825742;
        QTest::newRow("big") << 1e16 << 6 << 1e16;
    }
    void pythonRounding()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(double, expected);
        QCOMPARE(pyRound(value, digits), expected);
    }

    void pythonFloatFormat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("3.0") << 3.0 << "3.0";
        QTest::newRow("0.5") << 0.5 << "0.5";
        QTest::newRow("1.3e-05") << 1.3e-05 << "1.3e-05";
        QTest::newRow("1e-07") << 1e-07 << "1e-07";
        QTest::newRow("1e+16") << 1e16 << "1e+16";
        QTest::newRow("0.0") << 0.0 << "0.0";
        QTest::newRow("0.0001") << 0.0001 << "0.0001";
        QTest::newRow("123456.789") << 123456.789 << "123456.789";
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("1.825742") << 1.825742 << "1.825742";
        QTest::newRow("-2.5") << -2.5 << "-2.5";
        QTest::newRow("1e22") << 1e22 << "1e+22";
        QTest::newRow("9999999999999998.0") << 9999999999999998.0 << "9999999999999998.0";
    }
    void pythonFloatFormat()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(dumpPythonStyle(Json(value))), text);
    }

    void pythonStyleEscapesNonAscii()
    {
        QCOMPARE(dumpPythonStyle(Json("é😀")), std::string("\"\\u00e9\\ud83d\\ude00\""));
        QCOMPARE(dumpPythonStyle(Json{{"a", 3}, {"b", Json::array({1, 2.0})}}), std::string("{\"a\": 3, \"b\": [1, 2.0]}"));
        // Invalid UTF-8 is replaced, never thrown.
        QVERIFY(!dumpPythonStyle(Json(std::string("\xff\xfe"))).empty());
    }

    void truthiness()
    {
        for (const Json& falsy : {Json(nullptr), Json(false), Json(0), Json(0.0), Json(""), Json::array(), Json::object()})
            QVERIFY(!isTruthy(falsy));
        for (const Json& truthy : {Json(true), Json(1), Json(-0.5), Json(" "), Json::array({0}), Json{{"a", 0}}})
            QVERIFY(isTruthy(truthy));
    }

    void isoTimestamps()
    {
        using namespace std::chrono;
        const system_clock::time_point t{seconds(1704110405) + microseconds(123456)};
        QCOMPARE(isoTimestamp(t), std::string("2024-01-01T12:00:05.123456+00:00"));
        const system_clock::time_point whole{seconds(1704110405)};
        QCOMPARE(isoTimestamp(whole), std::string("2024-01-01T12:00:05+00:00"));
        const system_clock::time_point small{seconds(1704110405) + microseconds(7)};
        QCOMPARE(isoTimestamp(small), std::string("2024-01-01T12:00:05.000007+00:00"));
        QVERIFY(QString::fromStdString(isoTimestampNow()).endsWith("+00:00"));
    }

    void costExamples()
    {
        QCOMPARE(pyRound(estimateCost(1000, 500, 2.5, 10), 6), 0.0075);
        QCOMPARE(pyRound(estimateCost(1000000, 1000000, 15, 75), 6), 90.0);
        QCOMPARE(pyRound(estimateCost(50000, 10000, 15, 75), 6), 1.5);
        QCOMPARE(estimateCost(std::nullopt, std::nullopt, 3, 15), 0.0);
        QCOMPARE(estimateCost(1000000, std::nullopt, 3, 15), 3.0);
        QCOMPARE(estimateCost(0, 1000000, 3, 15), 15.0);
        QCOMPARE(pyRound(0.0000125000001, 6), 1.3e-05);
    }

    void costSnapshots()
    {
        QVERIFY(costSnapshot(Json(), 10, 10).is_null());
        QVERIFY(costSnapshot(Json::object(), 10, 10).is_null());
        const Json s = costSnapshot(Json{{"costInputPerMillion", 3}, {"costOutputPerMillion", 15.0}}, 60, 6);
        QCOMPARE(dumpPythonStyle(s), std::string("{\"costInputPerMillion\": 3, \"costOutputPerMillion\": 15.0, \"inputTokens\": 60, \"outputTokens\": 6, \"estimatedCost\": 0.00027}"));
        const Json partial = costSnapshot(Json{{"costOutputPerMillion", 10}}, 0, 0);
        QCOMPARE(partial["costInputPerMillion"].get<int>(), 0);
        QVERIFY(partial["estimatedCost"].is_number_float());
        QCOMPARE(partial["estimatedCost"].get<double>(), 0.0);
    }

    void logLineShape()
    {
        std::vector<std::string> lines;
        JsonLogger::setSink([&](const std::string& l) { lines.push_back(l); });
        const JsonLogger log("probe");
        log.info("Starting probe", {{"runId", "r1"}, {"scenarioId", "s1"}});
        log.warn("careful");
        log.error("Probe failed", {{"err", JsonLogger::errField(WorkerError::llm("HTTP 500: x", ErrorCode::Unknown, 500))}});
        log.trace("t");
        log.debug("d");
        JsonLogger::setSink(nullptr);
        QCOMPARE(lines.size(), size_t(5));
        const Json first = Json::parse(lines[0]);
        std::vector<std::string> keys;
        for (auto it = first.begin(); it != first.end(); ++it) keys.push_back(it.key());
        QCOMPARE(keys, (std::vector<std::string>{"level", "time", "context", "msg", "runId", "scenarioId"}));
        QCOMPARE(first["level"].get<std::string>(), std::string("info"));
        QVERIFY(first["time"].is_number_integer());
        QVERIFY(first["time"].get<long long>() > 1700000000000LL);
        QCOMPARE(first["context"].get<std::string>(), std::string("probe"));
        QCOMPARE(Json::parse(lines[1])["level"].get<std::string>(), std::string("warn"));
        const Json err = Json::parse(lines[2])["err"];
        QCOMPARE(err["type"].get<std::string>(), std::string("LLMError"));
        QCOMPARE(err["message"].get<std::string>(), std::string("HTTP 500: x"));
        QCOMPARE(Json::parse(lines[3])["level"].get<std::string>(), std::string("trace"));
        QCOMPARE(Json::parse(lines[4])["level"].get<std::string>(), std::string("debug"));
    }

    void secretsAreRedactedFromLogs()
    {
        const std::string key = "sk-live-0123456789abcdef";
        JsonLogger::addSecret(key);
        std::vector<std::string> lines;
        JsonLogger::setSink([&](const std::string& l) { lines.push_back(l); });
        JsonLogger("llm").error("Request failed", {{"url", "https://x/?key=" + key}});
        JsonLogger::setSink(nullptr);
        QCOMPARE(lines.size(), size_t(1));
        QVERIFY(lines[0].find(key) == std::string::npos);
        QVERIFY(lines[0].find("[redacted]") != std::string::npos);
        QVERIFY(redactSecrets("a " + key + " b") == "a [redacted] b");
    }

    void keyFragmentsAreRedacted()
    {
        const std::string key = "sk-proj-fragments-ABCDEFGHIJKLMNOP0123456789";
        JsonLogger::addSecret(key);
        // The first 17 characters of the key (a body cut at 500), its tail, and the whole key among text.
        for (const std::string& fragment : {key.substr(0, 17), key.substr(key.size() - 12), key.substr(5, 8), key}) {
            const std::string out = redactSecrets("error: " + fragment + " rejected");
            for (size_t i = 0; i + 8 <= key.size(); ++i) QVERIFY2(out.find(key.substr(i, 8)) == std::string::npos, out.c_str());
            QVERIFY2(out.find("[redacted]") != std::string::npos, out.c_str());
            QVERIFY(out.rfind("error: ", 0) == 0 && out.find(" rejected") != std::string::npos);
        }
        // Seven characters of a key are ordinary text.
        QCOMPARE(redactSecrets("x " + key.substr(0, 7) + " y"), "x " + key.substr(0, 7) + " y");
    }

    void loneSurrogatesBecomeReplacementCharacters()
    {
        const auto fixed = [](std::string text) {
            replaceLoneSurrogates(text.data(), text.size());
            return text;
        };
        QCOMPARE(fixed(R"("a\ud83d")"), std::string(R"("a\uFFFD")"));
        QCOMPARE(fixed(R"("\udc00\ud83d")"), std::string(R"("\uFFFD\uFFFD")"));
        QCOMPARE(fixed(R"("\ud83d\ude00")"), std::string(R"("\ud83d\ude00")")); // a pair stays
        QCOMPARE(fixed(R"("\\ud83d")"), std::string(R"("\\ud83d")"));         // an escaped backslash, then text
        QCOMPARE(fixed(R"("\ud83d\n")"), std::string(R"("\uFFFD\n")"));
        std::string clean = R"({"a": "\u00e9\n"})";
        QVERIFY(!replaceLoneSurrogates(clean.data(), clean.size()));
    }

    void dotEnvNeverOverrides()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        std::filesystem::create_directories(root / "a" / "b");
        {
            std::ofstream f(root / ".env");
            f << "# comment\nVR_TEST_DOTENV_NEW=from-file\nexport VR_TEST_DOTENV_QUOTED=\"two words\"\n"
                 "VR_TEST_DOTENV_SET=from-file\nVR_TEST_DOTENV_SINGLE='x#y'\nVR_TEST_DOTENV_COMMENT=v # note\n";
        }
        qputenv("VR_TEST_DOTENV_SET", "from-env");
        const auto found = findDotEnv(root / "a" / "b");
        QVERIFY(found.has_value());
        QCOMPARE(QString::fromStdString(found->string()), QString::fromStdString((root / ".env").string()));
        QCOMPARE(loadDotEnvFile(*found), 4);
        QCOMPARE(qgetenv("VR_TEST_DOTENV_NEW"), QByteArray("from-file"));
        QCOMPARE(qgetenv("VR_TEST_DOTENV_QUOTED"), QByteArray("two words"));
        QCOMPARE(qgetenv("VR_TEST_DOTENV_SET"), QByteArray("from-env"));
        QCOMPARE(qgetenv("VR_TEST_DOTENV_SINGLE"), QByteArray("x#y"));
        QCOMPARE(qgetenv("VR_TEST_DOTENV_COMMENT"), QByteArray("v"));
    }
};

QTEST_GUILESS_MAIN(ProtocolTest)
#include "tst_protocol.moc"
