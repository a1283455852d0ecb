// Provider calls over real HTTP on loopback: every fault the mock can script, for each provider family,
// plain and streaming; final code, retryable, statusCode, attempts, and no API key in any log line.
#include "llm/http_transport.h"
#include "llm/llm_call.h"
#include "call_outcome.h"
#include "mock_provider_server.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"
#include "provider_shapes.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vr;
using namespace vr::llm;
using namespace vr::test;

namespace {

const char* kKeys[][2] = {
    {"OPENAI_API_KEY", "sk-test-openai-7f3a9c1e5b"}, {"ANTHROPIC_API_KEY", "sk-ant-test-4d2b8e6f0a"},
    {"GOOGLE_API_KEY", "g-test-key-9a8b7c6d5e"},      {"XAI_API_KEY", "xai-test-key-1b2c3d4e5f"},
    {"DEEPSEEK_API_KEY", "ds-test-key-6e5d4c3b2a"},   {"MISTRAL_API_KEY", "mi-test-key-0f9e8d7c6b"},
    {"LOCAL_API_KEY", "local-test-key-5a4b3c2d1e"},
};

enum class Fault {
    None, Status401, Status400, Status404, Status500Always, Status503ThenOk, Status429Always, QuotaTextOn400,
    RetryAfterThenOk, RetryAfterMsThenOk, Hang, SlowerThanTimeout, Drop, TruncatedBody, TruncatedJson, StreamCut, Latency
};

} // namespace

class LlmClientTest : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    std::vector<std::string> m_logLines;
    std::unique_ptr<HttpTransport> m_transport;

    CallOutcome call(const std::string& model, bool stream)
    {
        ChatRequest request;
        request.modelId = model;
        request.messages = {{"system", "You are careful."}, {"user", "Option A or B? Rate 1-5."}};
        return runCall(request, stream, m_transport.get());
    }

    void script(Fault fault)
    {
        const CannedAnswer answer;
        auto ok = [answer](const RecordedRequest& r) { return providerSuccess(r, answer); };
        auto status = [](int code, const char* body) { return [=](const RecordedRequest&) { return MockReply::text(body, code); }; };
        auto sequence = [this](std::function<MockReply(const RecordedRequest&)> first, std::function<MockReply(const RecordedRequest&)> then) {
            return [this, first, then](const RecordedRequest& r) { return m_mock.requestCount() <= 1 ? first(r) : then(r); };
        };
        switch (fault) {
        case Fault::None: m_mock.setResponder(ok); break;
        case Fault::Status401: m_mock.setResponder(status(401, "{\"error\": \"invalid key\"}")); break;
        case Fault::Status400: m_mock.setResponder(status(400, "{\"error\": \"bad request\"}")); break;
        case Fault::Status404: m_mock.setResponder(status(404, "no such model")); break;
        case Fault::Status500Always: m_mock.setResponder(status(500, "internal error")); break;
        case Fault::Status503ThenOk: m_mock.setResponder(sequence(status(503, "overloaded"), ok)); break;
        case Fault::Status429Always: m_mock.setResponder(status(429, "slow down")); break;
        case Fault::QuotaTextOn400: m_mock.setResponder(status(400, "Quota Exceeded for this project")); break;
        case Fault::RetryAfterThenOk:
            m_mock.setResponder(sequence([](const RecordedRequest&) {
                MockReply r = MockReply::text("slow down", 429);
                r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("7"));
                return r;
            }, ok));
            break;
        case Fault::RetryAfterMsThenOk:
            m_mock.setResponder(sequence([](const RecordedRequest&) {
                MockReply r = MockReply::text("slow down", 429);
                r.headers << qMakePair(QByteArray("retry-after-ms"), QByteArray("250"));
                return r;
            }, ok));
            break;
        case Fault::Hang: m_mock.setResponder([](const RecordedRequest&) { return MockReply::failing(MockReply::Fault::Hang); }); break;
        case Fault::SlowerThanTimeout:
            m_mock.setResponder([ok](const RecordedRequest& r) {
                MockReply reply = ok(r);
                reply.delayMs = 1500;
                return reply;
            });
            break;
        case Fault::Drop: m_mock.setResponder([](const RecordedRequest&) { return MockReply::failing(MockReply::Fault::DropConnection); }); break;
        case Fault::TruncatedBody:
            m_mock.setResponder([ok](const RecordedRequest& r) {
                MockReply reply = ok(r);
                if (reply.sseEvents.isEmpty()) reply.fault = MockReply::Fault::TruncateBody;
                else reply.cutStreamMidway = true;
                return reply;
            });
            break;
        case Fault::TruncatedJson:
            m_mock.setResponder([ok](const RecordedRequest& r) {
                MockReply reply = ok(r);
                if (reply.sseEvents.isEmpty()) reply.body.chop(reply.body.size() / 2);
                else reply.sseEvents[1] = "data: {\"choices\": [{\"delta\": \n\n";
                return reply;
            });
            break;
        case Fault::StreamCut:
            m_mock.setResponder([ok](const RecordedRequest& r) {
                MockReply reply = ok(r);
                reply.cutStreamMidway = true;
                return reply;
            });
            break;
        case Fault::Latency:
            m_mock.setResponder([ok](const RecordedRequest& r) {
                MockReply reply = ok(r);
                reply.delayMs = 60;
                return reply;
            });
            break;
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
        qputenv("VALUERANK_HTTP_TIMEOUT_MS", "250");
        for (const auto& [name, value] : kKeys) qputenv(name, value);
        pointEveryProviderAt(m_mock);
        JsonLogger::setSink([this](const std::string& line) { m_logLines.push_back(line); });
        m_transport = std::make_unique<HttpTransport>(6);
    }

    void cleanupTestCase() { JsonLogger::setSink(nullptr); }

    void everyProviderAnswers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("reportsModel");
        for (const char* model : {"gpt-4o", "grok-2", "deepseek-chat", "mistral-large-latest", "local:llama3", "claude-3-5-haiku", "gemini-1.5-pro"})
            for (bool stream : {false, true})
                QTest::newRow(qPrintable(QString("%1/%2").arg(model, stream ? "stream" : "plain"))) << model << stream
                                                                                                     << (QString(model) != "gemini-1.5-pro");
    }
    void everyProviderAnswers()
    {
        QFETCH(QString, model);
        QFETCH(bool, stream);
        QFETCH(bool, reportsModel);
        script(Fault::None);
        const CallOutcome out = call(model.toStdString(), stream);
        QVERIFY2(out.ok, out.error ? out.error->message().c_str() : "");
        const CannedAnswer expected;
        QCOMPARE(out.response.content, expected.text);
        QCOMPARE(out.response.inputTokens.get<int>(), expected.inputTokens);
        QCOMPARE(out.response.outputTokens.get<int>(), expected.outputTokens);
        if (reportsModel) QCOMPARE(out.response.modelVersion.get<std::string>(), expected.model);
        else QVERIFY(out.response.modelVersion.is_null());
        QVERIFY(!out.response.finishReason.empty());
        QCOMPARE(out.attempts, 1);
        if (stream) QCOMPARE(out.streamed.trimmed(), QString::fromStdString(expected.text).trimmed());
        else QVERIFY(out.streamed.isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("statusCode"); // 0: no statusCode
        QTest::addColumn<int>("attempts");
        struct Row {
            const char* name;
            Fault fault;
            bool success;
            const char* code;
            bool retryable;
            int status;
            int attempts;
            bool plainOnly;
        };
        const Row rows[] = {
            {"401", Fault::Status401, false, "AUTH_ERROR", false, 401, 1, false},
            {"400", Fault::Status400, false, "VALIDATION_ERROR", false, 400, 1, false},
            {"404", Fault::Status404, false, "NOT_FOUND", false, 404, 1, false},
            {"500 always", Fault::Status500Always, false, "SERVER_ERROR", true, 500, 3, false},
            {"503 then ok", Fault::Status503ThenOk, true, "", false, 0, 2, false},
            {"429 always", Fault::Status429Always, false, "RATE_LIMIT", true, 429, 5, false},
            {"quota text on 400", Fault::QuotaTextOn400, false, "RATE_LIMIT", true, 400, 5, false},
            {"Retry-After then ok", Fault::RetryAfterThenOk, true, "", false, 0, 2, false},
            {"retry-after-ms then ok", Fault::RetryAfterMsThenOk, true, "", false, 0, 2, false},
            {"hang", Fault::Hang, false, "TIMEOUT", true, 0, 3, false},
            {"slower than timeout", Fault::SlowerThanTimeout, false, "TIMEOUT", true, 0, 3, false},
            {"dropped connection", Fault::Drop, false, "NETWORK_ERROR", true, 0, 3, false},
            {"truncated body", Fault::TruncatedBody, false, "NETWORK_ERROR", true, 0, 3, false},
            {"truncated JSON", Fault::TruncatedJson, false, "INVALID_RESPONSE", false, 0, 1, false},
            {"stream cut", Fault::StreamCut, false, "NETWORK_ERROR", true, 0, 3, true},
            {"latency", Fault::Latency, true, "", false, 0, 1, false},
        };
        for (const char* model : {"gpt-4o", "claude-3-5-haiku", "gemini-1.5-pro"})
            for (bool stream : {false, true})
                for (const Row& r : rows) {
                    if (r.plainOnly && !stream) continue;
                    QTest::newRow(qPrintable(QString("%1/%2/%3").arg(model, stream ? "stream" : "plain", r.name)))
                        << model << stream << static_cast<int>(r.fault) << r.success << r.code << r.retryable << r.status << r.attempts;
                }
    }
    void faults()
    {
        QFETCH(QString, model);
        QFETCH(bool, stream);
        QFETCH(int, fault);
        QFETCH(bool, success);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QFETCH(int, statusCode);
        QFETCH(int, attempts);
        m_logLines.clear();
        script(static_cast<Fault>(fault));
        const CallOutcome out = call(model.toStdString(), stream);
        QCOMPARE(out.ok, success);
        QCOMPARE(out.attempts, attempts);
        // Qt itself re-sends a request once when a kept-alive connection drops before any reply, so the server
        // may see more requests than the attempts the client made.
        if (static_cast<Fault>(fault) == Fault::Drop) QVERIFY(m_mock.requestCount() >= attempts);
        else QCOMPARE(m_mock.requestCount(), attempts);
        QCOMPARE(out.retries.size(), attempts - 1);
        if (success) {
            QCOMPARE(out.response.content, CannedAnswer().text);
            if (static_cast<Fault>(fault) == Fault::RetryAfterThenOk) QCOMPARE(out.retries.at(0).delaySeconds, 7.0);
            if (static_cast<Fault>(fault) == Fault::RetryAfterMsThenOk) QCOMPARE(out.retries.at(0).delaySeconds, 0.25);
            if (static_cast<Fault>(fault) == Fault::Latency) QVERIFY(out.response.latencyMs >= 60);
        } else {
            const Json e = out.error->toJson();
            QCOMPARE(QString::fromStdString(e["code"].get<std::string>()), code);
            QCOMPARE(e["retryable"].get<bool>(), retryable);
            QCOMPARE(e.contains("statusCode"), statusCode != 0);
            if (statusCode) QCOMPARE(e["statusCode"].get<int>(), statusCode);
            if (code == "RATE_LIMIT") QCOMPARE(out.error->message(), std::string("Rate limited after 4 retries"));
            if (code == "TIMEOUT") QVERIFY(out.error->message().rfind("Request timed out", 0) == 0);
            if (code == "NETWORK_ERROR") QVERIFY(out.error->message().rfind("Connection error", 0) == 0);
        }
        QVERIFY(!m_logLines.empty() || attempts == 1);
        for (const std::string& line : m_logLines)
            for (const auto& [name, key] : kKeys) QVERIFY2(line.find(key) == std::string::npos, line.c_str());
        if (out.error)
            for (const auto& [name, key] : kKeys) QVERIFY(out.error->toJson().dump().find(key) == std::string::npos);
    }

    void streamingEqualsPlain()
    {
        for (const char* model : {"gpt-4o", "claude-3-5-haiku", "gemini-1.5-pro"}) {
            script(Fault::None);
            const CallOutcome plain = call(model, false);
            script(Fault::None);
            const CallOutcome streamed = call(model, true);
            QVERIFY(plain.ok && streamed.ok);
            QCOMPARE(streamed.response.content, plain.response.content);
            QVERIFY(streamed.response.inputTokens == plain.response.inputTokens);
            QVERIFY(streamed.response.outputTokens == plain.response.outputTokens);
            QVERIFY(streamed.response.modelVersion == plain.response.modelVersion);
        }
    }

    void missingKeyAndUnknownProvider()
    {
        const QByteArray saved = qgetenv("MISTRAL_API_KEY");
        qunsetenv("MISTRAL_API_KEY");
        CallOutcome out = call("mistral-small", false);
        qputenv("MISTRAL_API_KEY", saved);
        QVERIFY(!out.ok);
        QCOMPARE(out.error->code(), ErrorCode::MissingApiKey);
        QCOMPARE(out.error->message(), std::string("MISTRAL_API_KEY is not set"));
        out = call("llama-3-70b", false);
        QCOMPARE(out.error->code(), ErrorCode::UnsupportedProvider);
        QCOMPARE(out.error->message(), std::string("Cannot determine provider for model 'llama-3-70b'"));
    }

    void localServerNeedsNoKey()
    {
        const QByteArray saved = qgetenv("LOCAL_API_KEY");
        qunsetenv("LOCAL_API_KEY");
        script(Fault::None);
        const CallOutcome out = call("ollama:llama3", false);
        qputenv("LOCAL_API_KEY", saved);
        QVERIFY(out.ok);
        QVERIFY(!m_mock.requests().first().headers.contains("authorization"));
        QVERIFY(m_mock.requests().first().target.startsWith("/local/v1/chat/completions"));
        QCOMPARE(Json::parse(m_mock.requests().first().body.toStdString())["model"].get<std::string>(), std::string("llama3"));
    }

    void mockModelIsOfflineAndDeterministic()
    {
        m_mock.reset();
        const CallOutcome a = call("mock:demo-a", false);
        const CallOutcome b = call("mock:demo-a", false);
        const CallOutcome streamed = call("mock:demo-a", true);
        QVERIFY(a.ok && b.ok && streamed.ok);
        QCOMPARE(m_mock.requestCount(), 0);
        QCOMPARE(a.response.content, b.response.content);
        QCOMPARE(streamed.response.content, a.response.content);
        QCOMPARE(streamed.streamed, QString::fromStdString(a.response.content));
        QVERIFY(QString::fromStdString(a.response.content).contains(QRegularExpression("Rating: [1-5]$")));
        QCOMPARE(a.response.modelVersion.get<std::string>(), std::string("mock"));
    }
};

QTEST_GUILESS_MAIN(LlmClientTest)
#include "tst_llm_client.moc"
