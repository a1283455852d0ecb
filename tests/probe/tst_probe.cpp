// The probe beyond the golden cases: the project's additions (latencyMs, finishReason, config.seed), the
// offline mock: provider through the real binary, streaming turns, and a failing later turn losing nothing else.
#include "golden_case.h"
#include "mock_provider_server.h"
#include "probe/probe_plan.h"
#include "probe/probe_session.h"
#include "protocol/worker_error.h"
#include "provider_shapes.h"

#include <QSignalSpy>
#include <QTest>

using namespace vr;
using namespace vr::test;

namespace {

Json probeInput(const std::string& model, Json config = Json::object())
{
    return {{"runId", "r"}, {"scenarioId", "s"}, {"modelId", model},
            {"scenario", {{"preamble", "Be thoughtful."}, {"prompt", "Option A or B? Rate 1-5."},
                          {"followups", Json::array({{{"label", "why"}, {"prompt", "Why?"}}, {{"label", "sure"}, {"prompt", "Are you sure?"}}})}}},
            {"config", std::move(config)}, {"modelCost", {{"costInputPerMillion", 1.0}, {"costOutputPerMillion", 2.0}}}};
}

} // namespace

class ProbeTest : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;

private slots:
    void initTestCase()
    {
        qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
        qputenv("VALUERANK_HTTP_TIMEOUT_MS", "300");
        qputenv("OPENAI_API_KEY", "sk-test-openai-0123456789");
        qputenv("OPENAI_BASE_URL", (m_mock.url() + "/openai/v1").toUtf8());
    }

    void mockModelThroughTheBinaryNeedsNoKeysOrNetwork()
    {
        QProcessEnvironment env = goldenEnvironment(Json::object(), 9); // no keys; base URLs point nowhere
        const QByteArray input = QByteArray::fromStdString(probeInput("mock:demo-a", {{"seed", 3}}).dump());
        const ProcessResult first = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-probe"), input, env);
        const ProcessResult again = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-probe"), input, env);
        QCOMPARE(first.exitCode, 0);
        const Json out = Json::parse(first.stdoutData.toStdString());
        QVERIFY2(out["success"].get<bool>(), first.stdoutData.constData());
        const Json& t = out["transcript"];
        QCOMPARE(t["turns"].size(), size_t(3));
        QCOMPARE(t["turns"][2]["turnNumber"].get<int>(), 3);
        QCOMPARE(t["turns"][1]["promptLabel"].get<std::string>(), std::string("why"));
        QVERIFY(t["turns"][0]["latencyMs"].is_number_integer());
        QCOMPARE(t["turns"][0]["finishReason"].get<std::string>(), std::string("stop"));
        QCOMPARE(t["modelVersion"].get<std::string>(), std::string("mock"));
        QVERIFY(t["costSnapshot"]["estimatedCost"].get<double>() > 0);
        // Deterministic: the same input gives the same answers.
        const Json second = Json::parse(again.stdoutData.toStdString());
        for (size_t i = 0; i < 3; ++i) QVERIFY(second["transcript"]["turns"][i]["targetResponse"] == t["turns"][i]["targetResponse"]);
    }

    void seedIsForwardedToTheProvider()
    {
        m_mock.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        const Json input = probeInput("gpt-4o", {{"seed", 42}, {"maxTurns", 1}});
        probe::validateProbeInput(input);
        const Json transcript = probe::runProbeBlocking(probe::planProbe(input));
        QCOMPARE(transcript["turns"].size(), size_t(1));
        QCOMPARE(Json::parse(m_mock.requests().first().body.toStdString())["seed"].get<int>(), 42);
        // Without a seed, none is sent (the reference's request body exactly).
        m_mock.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        (void)probe::runProbeBlocking(probe::planProbe(probeInput("gpt-4o", {{"maxTurns", 1}})));
        QVERIFY(!Json::parse(m_mock.requests().first().body.toStdString()).contains("seed"));
    }

    void streamingSessionDeliversTextPerTurn()
    {
        m_mock.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        probe::ProbeSession session(probe::planProbe(probeInput("gpt-4o")), true);
        QMap<int, QString> text;
        connect(&session, &probe::ProbeSession::textDelta, this, [&](int turn, const QString& t) { text[turn] += t; });
        QSignalSpy done(&session, &probe::ProbeSession::finished);
        session.start();
        QVERIFY(done.wait(10000));
        QVERIFY(session.succeeded());
        QCOMPARE(text.keys(), (QList<int>{1, 2, 3}));
        for (int turn = 1; turn <= 3; ++turn)
            QCOMPARE(text[turn].trimmed().toStdString(), session.transcript()["turns"][static_cast<size_t>(turn - 1)]["targetResponse"].get<std::string>());
        // Each later turn carries the whole history, preamble first.
        const Json last = Json::parse(m_mock.requests().last().body.toStdString());
        QCOMPARE(last["messages"].size(), size_t(6));
        QCOMPARE(last["messages"][0]["role"].get<std::string>(), std::string("system"));
    }

    // config.stream through the public worker: the provider's streaming endpoint, the same transcript.
    void streamingThroughTheWorkerGivesThePlainTranscript()
    {
        m_mock.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        QProcessEnvironment env = goldenEnvironment(Json{{"OPENAI_API_KEY", "sk-test-openai-0123456789"}}, m_mock.port());
        const auto run = [&](bool stream) {
            const QByteArray input = QByteArray::fromStdString(probeInput("gpt-4o", {{"maxTurns", 2}, {"stream", stream}}).dump());
            const ProcessResult r = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-probe"), input, env);
            return Json::parse(r.stdoutData.toStdString());
        };
        const Json streamed = run(true);
        QVERIFY2(streamed["success"].get<bool>(), streamed.dump().c_str());
        for (const RecordedRequest& r : m_mock.requests()) {
            const Json body = Json::parse(r.body.toStdString());
            QVERIFY(body.value("stream", false));
            QVERIFY(body.contains("stream_options"));
        }
        const Json plain = run(false);
        QVERIFY(!Json::parse(m_mock.requests().last().body.toStdString()).contains("stream"));
        QCOMPARE(streamed["transcript"]["turns"].size(), size_t(2));
        for (size_t i = 0; i < 2; ++i)
            for (const char* key : {"targetResponse", "inputTokens", "outputTokens", "stopReason"})
                QVERIFY2(streamed["transcript"]["turns"][i][key] == plain["transcript"]["turns"][i][key], key);
        QVERIFY(streamed["transcript"]["modelVersion"] == plain["transcript"]["modelVersion"]);
        // A wrong-typed flag is a validation error.
        const ProcessResult bad = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-probe"),
                                             QByteArray::fromStdString(probeInput("gpt-4o", {{"stream", "yes"}}).dump()), env);
        QCOMPARE(Json::parse(bad.stdoutData.toStdString())["error"]["code"].get<std::string>(), std::string("VALIDATION_ERROR"));
    }

    void aFailingLaterTurnFailsTheProbe()
    {
        m_mock.setResponder([this](const RecordedRequest& r) {
            return m_mock.requestCount() >= 2 ? MockReply::text("{\"error\": \"nope\"}", 401) : providerSuccess(r);
        });
        probe::ProbeSession session(probe::planProbe(probeInput("gpt-4o")), false);
        QSignalSpy done(&session, &probe::ProbeSession::finished);
        session.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!session.succeeded());
        try {
            std::rethrow_exception(session.failure());
        } catch (const WorkerError& e) {
            QCOMPARE(e.code(), ErrorCode::AuthError);
            QCOMPARE(*e.statusCode(), 401);
        }
    }

    void mockLatencyIsHonoured()
    {
        qputenv("VALUERANK_MOCK_LATENCY_MS", "40");
        const Json transcript = probe::runProbeBlocking(probe::planProbe(probeInput("mock:slow", {{"maxTurns", 2}})));
        qunsetenv("VALUERANK_MOCK_LATENCY_MS");
        QCOMPARE(transcript["turns"].size(), size_t(2));
        for (const Json& turn : transcript["turns"]) QVERIFY(turn["latencyMs"].get<long long>() >= 40);
    }
};

QTEST_GUILESS_MAIN(ProbeTest)
#include "tst_probe.moc"
