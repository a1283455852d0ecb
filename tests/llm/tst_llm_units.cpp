// The pure parts of the provider layer: routing (the reference, docs/worker-protocol.md with its quirks), the SSE parser, the retry
// schedule, and the mock model's determinism and structure.
#include "llm/mock_model.h"
#include "llm/provider_adapter.h"
#include "llm/model_route.h"
#include "llm/retry_policy.h"
#include "llm/sse_parser.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <set>

using namespace vr;
using namespace vr::llm;

class LlmUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void routing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("sentAs");
        const char* rows[][3] = {
            {"gpt-4", "openai", "gpt-4"}, {"gpt-3.5-turbo", "openai", "gpt-3.5-turbo"}, {"gpt-4o", "openai", "gpt-4o"},
            {"o1-2024-12-17", "openai", "o1-2024-12-17"}, {"canada-model", "openai", "canada-model"},
            {"claude-3-sonnet", "anthropic", "claude-3-sonnet"}, {"gemini-1.5-pro", "google", "gemini-1.5-pro"},
            {"grok-1", "xai", "grok-1"}, {"grok-2", "xai", "grok-2"}, {"deepseek-chat", "deepseek", "deepseek-chat"},
            {"deepseek-coder", "deepseek", "deepseek-coder"}, {"mistral-large", "mistral", "mistral-large"},
            {"openai:custom-model", "openai", "custom-model"}, {"anthropic:custom", "anthropic", "custom"},
            {"gemini:foo", "google", "foo"}, {"GOOGLE:Gemini-Pro", "google", "Gemini-Pro"},
            {"local:llama3", "local", "llama3"}, {"ollama:qwen2:7b", "local", "qwen2:7b"}, {"mock:demo-a", "mock", "demo-a"},
            {"local:gpt-4", "local", "gpt-4"},
            {"some-random-model", "unknown", ""}, {"o3-mini", "unknown", ""}, {"codestral", "unknown", ""},
            {"llama-3-70b", "unknown", ""}, {"demo-a", "unknown", ""},
        };
        for (const auto& r : rows) QTest::newRow(r[0]) << r[0] << r[1] << r[2];
    }
    void routing()
    {
        QFETCH(QString, id);
        QFETCH(QString, provider);
        QFETCH(QString, sentAs);
        QCOMPARE(QString(providerInfo(inferProvider(id.toStdString())).id), provider);
        if (provider == "unknown") {
            QVERIFY_THROWS_EXCEPTION(WorkerError, routeModel(id.toStdString()));
            return;
        }
        QCOMPARE(QString::fromStdString(routeModel(id.toStdString()).model), sentAs);
    }

    void sseParserHandlesChunkingAndFields()
    {
        SseParser parser;
        std::vector<SseEvent> events;
        const std::string stream = ": keep-alive\r\nevent: message_start\r\ndata: {\"a\":\r\ndata: 1}\r\n\r\ndata: [DONE]\n\nretry: 10\n\n";
        for (char c : stream) // one byte at a time, the worst chunking there is
            for (auto& e : parser.feed(std::string_view(&c, 1))) events.push_back(std::move(e));
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].event, std::string("message_start"));
        QCOMPARE(events[0].data, std::string("{\"a\":\n1}"));
        QCOMPARE(events[1].event, std::string());
        QCOMPARE(events[1].data, std::string("[DONE]"));
        QVERIFY(!parser.hasPartialEvent());
        parser.feed("data: half");
        QVERIFY(parser.hasPartialEvent());
    }

    void malformedStreamEventsAreInvalidResponses()
    {
        // Found by fuzzing: a field of the wrong type inside an event is INVALID_RESPONSE, never a stray exception.
        for (auto provider : {Provider::OpenAI, Provider::Anthropic, Provider::Google}) {
            auto decoder = makeProviderAdapter(provider)->makeStreamDecoder();
            for (const char* data : {R"({"type": 5, "index": "x", "choices": 3, "candidates": [{"finishReason": 1}]})",
                                     R"({"type": "content_block_delta", "index": "first", "delta": {"type": "text_delta", "text": 5}})"}) {
                try {
                    (void)decoder->onEvent(SseEvent{"", data});
                } catch (const WorkerError& e) {
                    QCOMPARE(e.code(), ErrorCode::InvalidResponse);
                }
            }
        }
        // And one case that must fail: an event index that is not a number.
        auto anthropic = makeProviderAdapter(Provider::Anthropic)->makeStreamDecoder();
        try {
            (void)anthropic->onEvent(SseEvent{"", R"({"type": "content_block_delta", "index": "first", "delta": {"type": "text_delta", "text": "x"}})"});
            QFAIL("a malformed event was accepted");
        } catch (const WorkerError& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidResponse);
            QCOMPARE(e.message(), std::string("Unexpected Anthropic response format"));
        }
        try {
            (void)makeProviderAdapter(Provider::Anthropic)->parseResponse(Json{{"content", Json::array({{{"type", "text"}, {"text", "t"}}})}, {"stop_reason", 3}, {"usage", {{"input_tokens", 1}}}});
        } catch (const WorkerError& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidResponse);
        }
    }

    void rateLimitDetection()
    {
        QVERIFY(isRateLimitResponse(429, "anything"));
        for (const char* phrase : {"Rate Limit", "RATE_LIMIT", "ratelimit", "Too Many Requests", "quota exceeded",
                                   "requests per minute", "RPM limit", "TPM LIMIT", "tokens per minute"})
            QVERIFY2(isRateLimitResponse(400, std::string("error: ") + phrase), phrase);
        QVERIFY(isRateLimitResponse(503, "quota exceeded"));
        QVERIFY(!isRateLimitResponse(400, "Invalid request"));
        QVERIFY(!isRateLimitResponse(401, "Unauthorized"));
        QVERIFY(!isRateLimitResponse(500, "Internal server error"));
        QVERIFY(!isRateLimitResponse(200, "rate limit"));
        // Only the first 500 characters are read.
        QVERIFY(!isRateLimitResponse(400, std::string(600, 'x') + "rate limit"));
    }

    void retrySchedule()
    {
        RetryBudget budget;
        // 5, 10, 20, 40 s with ±20 % jitter; the fifth is refused.
        const double expected[] = {5, 10, 20, 40};
        for (double base : expected) {
            const auto low = budget.nextDelay(FailureKind::RateLimit, std::nullopt, 0.0);
            QVERIFY(low);
            QCOMPARE(*low, base * 0.8);
        }
        QVERIFY(!budget.nextDelay(FailureKind::RateLimit, std::nullopt, 0.5));
        // Server errors and network failures have their own counters: 2 and 4 s, twice.
        QCOMPARE(*budget.nextDelay(FailureKind::ServerError, std::nullopt, 0.0), 2.0);
        QCOMPARE(*budget.nextDelay(FailureKind::ServerError, std::nullopt, 0.0), 4.0);
        QVERIFY(!budget.nextDelay(FailureKind::ServerError, std::nullopt, 0.0));
        QCOMPARE(*budget.nextDelay(FailureKind::Timeout, std::nullopt, 0.0), 2.0);
        QCOMPARE(*budget.nextDelay(FailureKind::Connection, std::nullopt, 0.0), 4.0);
        QVERIFY(!budget.nextDelay(FailureKind::Connection, std::nullopt, 0.0));
    }

    void sleepingNeverExceeds240Seconds()
    {
        RetryBudget budget;
        // The server asks for 120 s each time: two waits spend the 240 s, and then the call stops at once instead
        // of making a last request with no wait (which the server would refuse again).
        QCOMPARE(*budget.nextDelay(FailureKind::RateLimit, 120.0, 0.0), 120.0);
        QCOMPARE(*budget.nextDelay(FailureKind::RateLimit, 120.0, 0.0), 120.0);
        QVERIFY(!budget.nextDelay(FailureKind::RateLimit, 120.0, 0.0));
        QCOMPARE(budget.sleptSeconds(), 240.0);
        QCOMPARE(budget.retriesUsed(FailureKind::RateLimit), 2);
        // A wait longer than what is left is not shortened either.
        RetryBudget longWait;
        QCOMPARE(*longWait.nextDelay(FailureKind::RateLimit, 200.0, 0.0), 200.0);
        QVERIFY(!longWait.nextDelay(FailureKind::RateLimit, 60.0, 0.0));
        RetryBudget jittered;
        double most = 0;
        for (int i = 0; i < 4; ++i) most += *jittered.nextDelay(FailureKind::RateLimit, std::nullopt, 0.999999);
        QVERIFY(most <= 240.0);
        QVERIFY(most > 89.0); // 75 s × 1.2
    }

    void retryAfterHeaders()
    {
        QCOMPARE(*retryAfterSeconds("7", ""), 7.0);
        QCOMPARE(*retryAfterSeconds("", "1500"), 1.5);
        QCOMPARE(*retryAfterSeconds("9", "250"), 0.25); // the millisecond header is the more precise one
        const QString inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::RFC2822Date);
        const auto fromDate = retryAfterSeconds(inTenSeconds.toStdString(), "");
        QVERIFY(fromDate);
        QVERIFY(*fromDate > 8.0 && *fromDate <= 10.0);
        QVERIFY(!retryAfterSeconds("soon", ""));
        // RFC 9110 IMF-fixdate exactly as servers send it ("Sun, 29 Nov 2026 10:00:00 GMT"), in English whatever
        // the locale: Qt's RFC 2822 reader rejects the "GMT".
        const QString imf = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(30), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        QVERIFY2(imf.endsWith(QLatin1String(" GMT")) && imf.size() == 29, qPrintable(imf));
        const auto fromImf = retryAfterSeconds(imf.toStdString(), "");
        QVERIFY2(fromImf, qPrintable(imf));
        QVERIFY(*fromImf > 28.0 && *fromImf <= 30.0);
        QCOMPARE(*retryAfterSeconds("Sun, 06 Nov 1994 08:49:37 GMT", ""), 0.0); // in the past: no wait
    }

    void pythonStringHelpers()
    {
        QCOMPARE(pyStrip("\u00a0 text \u3000\n"), std::string("text"));
        QCOMPARE(pyStrip("   "), std::string());
        QCOMPARE(codePointCount("aé😀"), size_t(3));
        QCOMPARE(codePointPrefix("aé😀b", 3), std::string("aé😀"));
    }

    void mockModelStructure()
    {
        auto ask = [](const std::string& name, const std::string& prompt, int seed, int turns) {
            ChatRequest r;
            r.modelId = "mock:" + name;
            r.seed = seed;
            r.messages.push_back({"user", prompt});
            ChatResponse last;
            for (int t = 1; t <= turns; ++t) {
                last = mockRespond(name, r);
                r.messages.push_back({"assistant", last.content});
                r.messages.push_back({"user", "Why?"});
            }
            return last;
        };
        auto rating = [](const ChatResponse& r) { return r.content.back() - '0'; };
        // Deterministic for the same inputs.
        QCOMPARE(ask("a", "Dilemma 1", 1, 1).content, ask("a", "Dilemma 1", 1, 1).content);
        // Seeds give distinct samples: across 20 seeds a mock model does not always say the same.
        std::set<int> seen;
        for (int seed = 0; seed < 20; ++seed) seen.insert(rating(ask("a", "Dilemma 1", seed, 1)));
        QVERIFY(seen.size() >= 2);
        // Every rating is on the scale and the text says it is simulated.
        for (int p = 0; p < 30; ++p) {
            const ChatResponse r = ask("b", "Dilemma " + std::to_string(p), 0, 3);
            QVERIFY(rating(r) >= 1 && rating(r) <= 5);
            QVERIFY(r.content.find("simulated") != std::string::npos);
            QVERIFY(r.inputTokens.get<int>() > 0);
        }
        // Models share a prompt lean: two mock models agree more often than independent dice would (20 %).
        int agree = 0;
        for (int p = 0; p < 200; ++p)
            agree += std::abs(rating(ask("a", "Scenario " + std::to_string(p), 0, 1)) - rating(ask("c", "Scenario " + std::to_string(p), 0, 1))) <= 1;
        QVERIFY2(agree > 120, qPrintable(QString::number(agree)));
        // Follow-ups sometimes revise, and say so.
        int revisions = 0;
        for (int p = 0; p < 100; ++p)
            revisions += ask("a", "Case " + std::to_string(p), 0, 2).content.find("change my rating") != std::string::npos;
        QVERIFY(revisions > 5 && revisions < 40);
    }
};

QTEST_GUILESS_MAIN(LlmUnitsTest)
#include "tst_llm_units.moc"
