// valuerank-summarize through its binary: the explanation from a provider on loopback, its failure
// (still success, with explanationError), "explain": false, the parser choice, and validation.
#include "golden_case.h"
#include "mock_provider_server.h"
#include "provider_shapes.h"

#include <QTest>

using namespace vr;
using namespace vr::test;

namespace {

Json input(const std::string& response, Json extra = Json::object())
{
    Json j = {{"transcriptId", "t-1"},
              {"transcriptContent", {{"schemaVersion", 1}, {"turns", Json::array({{{"turnNumber", 1}, {"probePrompt", "I have 3 options. Rate 1-5."},
                                                                                   {"targetResponse", response}}})}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it) j[it.key()] = it.value();
    return j;
}

} // namespace

class SummarizeTest : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;

    Json run(const Json& in, Json env = Json{{"ANTHROPIC_API_KEY", "sk-ant-test-0123456789"}, {"OPENAI_API_KEY", "sk-openai-test-0123456789"}},
             QProcessEnvironment* custom = nullptr)
    {
        QProcessEnvironment e = custom ? *custom : goldenEnvironment(env, m_mock.port());
        const ProcessResult r = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-summarize"), QByteArray::fromStdString(in.dump()), e);
        if (r.exitCode != 0) return Json{{"exit", r.exitCode}};
        return Json::parse(r.stdoutData.toStdString());
    }

private slots:
    void explanationFromTheSummaryModel()
    {
        CannedAnswer answer;
        answer.text = "  The AI put the customers' safety first.\nIt accepted the cost to staff.  ";
        m_mock.setResponder([answer](const RecordedRequest& r) { return providerSuccess(r, answer); });
        const Json out = run(input("I count 3 risks. Rating: 5"));
        QVERIFY(out["success"].get<bool>());
        const Json& s = out["summary"];
        QCOMPARE(s["decisionCode"].get<std::string>(), std::string("5")); // not the 3 the reference would read
        QCOMPARE(s["decisionText"].get<std::string>(), std::string("The AI put the customers' safety first. It accepted the cost to staff."));
        QCOMPARE(s["decisionMetadata"]["parser"].get<std::string>(), std::string("structured-v2"));
        QCOMPARE(s["decisionMetadata"]["method"].get<std::string>(), std::string("explicit_statement"));
        QVERIFY(!s.contains("explanationError"));
        const RecordedRequest req = m_mock.requests().first();
        QVERIFY(req.target.startsWith("/anthropic/v1/messages"));
        const Json body = Json::parse(req.body.toStdString());
        QCOMPARE(body["max_tokens"].get<int>(), 150);
        QCOMPARE(body["temperature"].get<double>(), 0.0);
        const std::string prompt = body["messages"][0]["content"].get<std::string>();
        QVERIFY(prompt.find("**User:** I have 3 options. Rate 1-5.") != std::string::npos);
        QVERIFY(prompt.find("**Target:** I count 3 risks. Rating: 5") != std::string::npos);
    }

    void anyProviderCanExplainIncludingMock()
    {
        const Json out = run(input("Rating: 2", {{"modelId", "mock:explainer"}}), Json::object());
        QVERIFY(out["success"].get<bool>());
        QVERIFY(out["summary"]["decisionText"].get<std::string>().find("simulated") != std::string::npos);
        QVERIFY(out["summary"]["decisionText"].get<std::string>().find('\n') == std::string::npos);
    }

    void explanationFailureKeepsTheDecision()
    {
        m_mock.setScript({MockReply::text("overloaded", 529)});
        const Json out = run(input("Rating: 4"));
        QVERIFY(out["success"].get<bool>());
        QCOMPARE(out["summary"]["decisionCode"].get<std::string>(), std::string("4"));
        QCOMPARE(out["summary"]["decisionText"].get<std::string>(), std::string("LLM error: HTTP 529: overloaded"));
        QCOMPARE(out["summary"]["explanationError"]["code"].get<std::string>(), std::string("SERVER_ERROR"));
        QCOMPARE(out["summary"]["explanationError"]["retryable"].get<bool>(), true);
        QCOMPARE(m_mock.requestCount(), 3); // 529 is retried twice
    }

    void explainFalseSkipsTheCall()
    {
        m_mock.reset();
        const Json out = run(input("Rating: 1", {{"explain", false}}));
        QVERIFY(out["summary"]["decisionText"].is_null());
        QCOMPARE(m_mock.requestCount(), 0);
    }

    void parserChoice()
    {
        QCOMPARE(run(input("I have 3 concerns. Rating: 5", {{"explain", false}, {"parser", "legacy"}}))["summary"]["decisionCode"].get<std::string>(),
                 std::string("3"));
        QProcessEnvironment env = goldenEnvironment(Json::object(), m_mock.port());
        env.insert(QStringLiteral("VALUERANK_SUMMARIZE_PARSER"), QStringLiteral("legacy"));
        const Json viaEnv = run(input("I have 3 concerns. Rating: 5", {{"explain", false}}), Json::object(), &env);
        QCOMPARE(viaEnv["summary"]["decisionCode"].get<std::string>(), std::string("3"));
        QCOMPARE(viaEnv["summary"]["decisionMetadata"]["parser"].get<std::string>(), std::string("legacy"));
        const Json bad = run(input("x", {{"parser", "magic"}}));
        QCOMPARE(bad["error"]["code"].get<std::string>(), std::string("VALIDATION_ERROR"));
    }

    void malformedTurnsAreClearErrors()
    {
        Json in = input("x", {{"explain", false}});
        in["transcriptContent"]["turns"][0]["targetResponse"] = 5;
        Json out = run(in);
        QCOMPARE(out["success"].get<bool>(), false);
        QCOMPARE(out["error"]["code"].get<std::string>(), std::string("UNKNOWN"));
        QCOMPARE(out["error"]["retryable"].get<bool>(), false);
        QCOMPARE(out["error"]["details"].get<std::string>(), std::string("TypeError"));
        out = run(Json(5));
        QCOMPARE(out["error"]["retryable"].get<bool>(), true);
    }
};

QTEST_GUILESS_MAIN(SummarizeTest)
#include "tst_summarize.moc"
