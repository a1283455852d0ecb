// Provider calls against a server that misbehaves in ways that could leak a key, hang a run or corrupt totals:
// redirects to other origins, error bodies quoting the key across the 500-character cut, impossible token
// counts, bodies that trickle forever, Retry-After waits longer than the call's budget.
#include "llm/http_transport.h"
#include "llm/llm_call.h"
#include "call_outcome.h"
#include "mock_provider_server.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"
#include "provider_shapes.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vr;
using namespace vr::llm;
using namespace vr::test;

namespace {

const std::string kOpenAiKey = "sk-proj-hostile-0123456789abcdefghijklmnopqrstuvwxyz";
const std::string kGoogleKey = "AIzaSy-hostile-ABCDEFGHIJKLMNOPQRSTUVWX";
const std::string kAnthropicKey = "sk-ant-api03-hostile-9876543210zyxwvutsrq";

// True when any run of 8 or more characters of `key` appears in `text`.
bool containsKeyFragment(const std::string& text, const std::string& key)
{
    for (size_t i = 0; i + 8 <= key.size(); ++i)
        if (text.find(key.substr(i, 8)) != std::string::npos) return true;
    return false;
}

} // namespace

class LlmHostileServerTest : public QObject {
    Q_OBJECT

    MockProviderServer m_mock;
    MockProviderServer m_elsewhere; // another origin: same host, another port
    std::vector<std::string> m_logLines;
    std::unique_ptr<HttpTransport> m_transport;

    CallOutcome call(const std::string& model, bool stream = false)
    {
        ChatRequest request;
        request.modelId = model;
        request.messages = {{"user", "Option A or B? Rate 1-5."}};
        return runCall(request, stream, m_transport.get(), 30000);
    }

    void assertNoKeyAnywhere(const CallOutcome& out)
    {
        for (const std::string& key : {kOpenAiKey, kGoogleKey, kAnthropicKey}) {
            if (out.error) QVERIFY2(!containsKeyFragment(out.error->toJson().dump(), key), out.error->toJson().dump().c_str());
            for (const std::string& line : m_logLines) QVERIFY2(!containsKeyFragment(line, key), line.c_str());
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
        qputenv("VALUERANK_HTTP_TIMEOUT_MS", "2000");
        qputenv("OPENAI_API_KEY", QByteArray::fromStdString(kOpenAiKey));
        qputenv("GOOGLE_API_KEY", QByteArray::fromStdString(kGoogleKey));
        qputenv("ANTHROPIC_API_KEY", QByteArray::fromStdString(kAnthropicKey));
        JsonLogger::addSecret(kOpenAiKey);
        JsonLogger::addSecret(kGoogleKey);
        JsonLogger::addSecret(kAnthropicKey);
        qputenv("OPENAI_BASE_URL", (m_mock.url() + "/openai/v1").toUtf8());
        qputenv("GOOGLE_BASE_URL", (m_mock.url() + "/google/v1beta").toUtf8());
        qputenv("ANTHROPIC_BASE_URL", (m_mock.url() + "/anthropic").toUtf8());
        JsonLogger::setSink([this](const std::string& line) { m_logLines.push_back(line); });
        m_transport = std::make_unique<HttpTransport>(6);
    }
    void cleanupTestCase() { JsonLogger::setSink(nullptr); }
    void init()
    {
        m_logLines.clear();
        m_elsewhere.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        qunsetenv("VALUERANK_HTTP_DEADLINE_MS");
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("status");
        for (const char* model : {"gpt-4o", "gemini-1.5-pro", "claude-3-5-haiku"})
            for (int status : {301, 302, 307, 308})
                QTest::newRow(qPrintable(QString("%1/%2").arg(model).arg(status))) << QString(model) << status;
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(QString, model);
        QFETCH(int, status);
        const QByteArray target = m_elsewhere.url("/steal").toUtf8();
        m_mock.setResponder([&](const RecordedRequest&) {
            MockReply r = MockReply::text("moved", status);
            r.headers << qMakePair(QByteArray("Location"), target);
            return r;
        });
        const CallOutcome out = call(model.toStdString());
        QVERIFY(!out.ok);
        QCOMPARE(m_elsewhere.requestCount(), 0); // nothing at all reached the other origin
        const std::string message = out.error->message();
        QVERIFY2(message.find("127.0.0.1:" + std::to_string(m_elsewhere.port())) != std::string::npos, message.c_str());
        QVERIFY2(message.find("redirected") != std::string::npos, message.c_str());
        QVERIFY(!out.error->retryable());
        assertNoKeyAnywhere(out);
    }

    void redirectWithinTheOriginIsFollowed()
    {
        m_mock.setResponder([this](const RecordedRequest& r) {
            if (!r.target.startsWith("/moved")) {
                MockReply moved = MockReply::text("moved", 307);
                moved.headers << qMakePair(QByteArray("Location"), QByteArray("/moved/v1/chat/completions"));
                return moved;
            }
            return providerSuccess(r);
        });
        const CallOutcome out = call("gpt-4o");
        QVERIFY2(out.ok, out.error ? out.error->message().c_str() : "");
        // Qt may send a request again on a kept-alive connection the server dropped, so count what matters:
        // the redirected request arrived, with its key, at the same origin.
        const auto requests = m_mock.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests.last().target.startsWith("/moved/"));
        QCOMPARE(requests.last().headers.value("authorization"), QByteArray::fromStdString("Bearer " + kOpenAiKey));
    }

    void keyQuotedAcrossTheCutLeavesNoFragment_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("keyStart");
        for (const char* model : {"gpt-4o", "gemini-1.5-pro", "claude-3-5-haiku"})
            for (int start : {480, 490, 495, 499, 10})
                QTest::newRow(qPrintable(QString("%1/at %2").arg(model).arg(start))) << QString(model) << start;
    }
    void keyQuotedAcrossTheCutLeavesNoFragment()
    {
        QFETCH(QString, model);
        QFETCH(int, keyStart);
        // A provider error that quotes the request's key, placed so the 500-character cut falls inside it.
        const std::string key = model.startsWith("gpt") ? kOpenAiKey : model.startsWith("gemini") ? kGoogleKey : kAnthropicKey;
        const std::string body = std::string(static_cast<size_t>(keyStart), 'x') + key + " is not valid for this project";
        m_mock.setResponder([body](const RecordedRequest&) { return MockReply::text(QByteArray::fromStdString(body), 400); });
        const CallOutcome out = call(model.toStdString());
        QVERIFY(!out.ok);
        QCOMPARE(out.error->code(), ErrorCode::ValidationError);
        assertNoKeyAnywhere(out);
        QVERIFY2(out.error->message().find("[redacted]") != std::string::npos || keyStart + 8 > 500, out.error->message().c_str());
    }

    void impossibleTokenCountsAreInvalidResponses_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("usage");
        const QString openAi = QStringLiteral(R"("usage": {"prompt_tokens": %1, "completion_tokens": %2})");
        QTest::newRow("openai 1e300") << "gpt-4o" << openAi.arg("12", "1e300");
        QTest::newRow("openai negative") << "gpt-4o" << openAi.arg("-5", "7");
        QTest::newRow("openai fraction") << "gpt-4o" << openAi.arg("3.5", "7");
        QTest::newRow("openai 2^64") << "gpt-4o" << openAi.arg("12", "18446744073709551616");
        const QString anthropic = QStringLiteral(R"("usage": {"input_tokens": %1, "output_tokens": %2})");
        QTest::newRow("anthropic negative") << "claude-3-5-haiku" << anthropic.arg("10", "-1");
        QTest::newRow("anthropic 1e300") << "claude-3-5-haiku" << anthropic.arg("1e300", "1");
        const QString gemini = QStringLiteral(R"("usageMetadata": {"promptTokenCount": %1, "candidatesTokenCount": %2})");
        QTest::newRow("gemini negative") << "gemini-1.5-pro" << gemini.arg("-30", "6");
        QTest::newRow("gemini thoughts 1e300")
            << "gemini-1.5-pro" << QStringLiteral(R"("usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 6, "thoughtsTokenCount": 1e300})");
        QTest::newRow("openai reasoning negative")
            << "gpt-4o" << QStringLiteral(R"("usage": {"prompt_tokens": 3, "completion_tokens": 6, "completion_tokens_details": {"reasoning_tokens": -4}})");
    }
    void impossibleTokenCountsAreInvalidResponses()
    {
        QFETCH(QString, model);
        QFETCH(QString, usage);
        QByteArray body;
        if (model.startsWith("gpt"))
            body = R"({"model": "gpt-4o-2024-08-06", "choices": [{"message": {"role": "assistant", "content": "Rating: 2"}, "finish_reason": "stop"}], )"
                   + usage.toUtf8() + "}";
        else if (model.startsWith("claude"))
            body = R"({"model": "claude-3-5-haiku-20241022", "content": [{"type": "text", "text": "Rating: 2"}], "stop_reason": "end_turn", )"
                   + usage.toUtf8() + "}";
        else
            body = R"({"candidates": [{"content": {"parts": [{"text": "Rating: 2"}]}, "finishReason": "STOP"}], )" + usage.toUtf8() + "}";
        m_mock.setResponder([body](const RecordedRequest&) { return MockReply::json(body); });
        const CallOutcome out = call(model.toStdString());
        QVERIFY2(!out.ok, qPrintable(usage));
        QCOMPARE(out.error->code(), ErrorCode::InvalidResponse);
        QVERIFY2(out.error->message().find("token count") != std::string::npos, out.error->message().c_str());
    }

    void tricklingBodyEndsAtTheDeadline()
    {
        // One byte every 100 ms keeps the 2 s idle timeout from ever firing; the 800 ms deadline ends each attempt.
        qputenv("VALUERANK_HTTP_DEADLINE_MS", "800");
        m_mock.setResponder([](const RecordedRequest& r) {
            MockReply reply = providerSuccess(r);
            reply.dripIntervalMs = 100;
            return reply;
        });
        const CallOutcome out = call("gpt-4o");
        QVERIFY(!out.ok);
        QCOMPARE(out.error->code(), ErrorCode::Timeout);
        QVERIFY(out.error->retryable());
        QCOMPARE(out.attempts, 3);
        QVERIFY2(out.error->message().find("0.8s") != std::string::npos, out.error->message().c_str());
        QVERIFY2(out.elapsedMs < 8000, qPrintable(QString::number(out.elapsedMs))); // 3 × 0.8 s, not the body's ~40 s
    }

    void retryAfterBeyondTheBudgetStopsWithoutALastRequest()
    {
        m_mock.setResponder([](const RecordedRequest&) {
            MockReply r = MockReply::text("{\"error\": \"slow down\"}", 429);
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("200"));
            return r;
        });
        const CallOutcome out = call("gpt-4o");
        QVERIFY(!out.ok);
        QCOMPARE(out.error->code(), ErrorCode::RateLimit);
        // 200 s is waited once (scaled to 0 here); a second 200 s would pass the 240 s budget: no third request.
        QCOMPARE(out.attempts, 2);
        QCOMPARE(m_mock.requestCount(), 2);
        QCOMPARE(out.error->message(), std::string("Rate limited after 1 retries"));
    }

    void retryAfterAsHttpDateIsHonoured()
    {
        const QByteArray when = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(3), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        QList<double> delays;
        m_mock.setResponder([this, when](const RecordedRequest& r) {
            if (m_mock.requestCount() > 1) return providerSuccess(r);
            MockReply limited = MockReply::text("{\"error\": \"slow down\"}", 429);
            limited.headers << qMakePair(QByteArray("Retry-After"), when);
            return limited;
        });
        ChatRequest request;
        request.modelId = "gpt-4o";
        request.messages = {{"user", "Rate 1-5."}};
        LlmCall c(request, false, m_transport.get());
        connect(&c, &LlmCall::retrying, this, [&](const RetryEvent& e) { delays << e.delaySeconds; });
        QSignalSpy done(&c, &LlmCall::finished);
        c.start();
        QVERIFY(done.wait(10000));
        QVERIFY(c.succeeded());
        QCOMPARE(delays.size(), 1);
        QVERIFY2(delays[0] > 1.0 && delays[0] <= 3.0, qPrintable(QString::number(delays[0]))); // not the 5 s default
    }
};

QTEST_GUILESS_MAIN(LlmHostileServerTest)
#include "tst_llm_hostile_server.moc"
