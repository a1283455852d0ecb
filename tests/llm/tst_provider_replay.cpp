// Responses recorded from the real provider APIs (tests/data/providers/, each file's source inside it and in the
// SOURCES-*.md files), served on loopback: plain bodies, and streams cut at random byte boundaries, once with
// LF and once with CRLF line ends. Each case checks the answer, the reasoning kept apart, tokens, the stop reason,
// the model version, the error code, and the request we sent (path, credentials, body fields per family).
#include "llm/http_transport.h"
#include "llm/llm_call.h"
#include "llm/model_capabilities.h"
#include "llm/model_route.h"
#include "call_outcome.h"
#include "mock_provider_server.h"
#include "protocol/json_log.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace vr;
using namespace vr::llm;
using namespace vr::test;

namespace {

const char* const kKey = "sk-replay-key-0123456789";

// The provider prefix and a model when the recording does not name one.
QString modelIdFor(const QString& provider, const Json& recording)
{
    static const QMap<QString, QString> defaults{{"openai", "gpt-4o"},         {"anthropic", "claude-sonnet-4-5"}, {"gemini", "gemini-2.5-flash"},
                                                 {"xai", "grok-3"},            {"deepseek", "deepseek-chat"},      {"mistral", "mistral-large-latest"},
                                                 {"local", "llama3"}};
    const QString prefix = provider == QLatin1String("gemini") ? QStringLiteral("google") : provider;
    const QString model = recording.contains("model") && recording["model"].is_string()
                              ? QString::fromStdString(recording["model"].get<std::string>())
                              : defaults.value(provider);
    return prefix + QLatin1Char(':') + model;
}

// Our code for a label the corpus uses where ValueRank's contract names it otherwise.
QString ourCode(const QString& label)
{
    if (label == QLatin1String("OVERLOADED")) return QStringLiteral("SERVER_ERROR");
    if (label == QLatin1String("INSUFFICIENT_QUOTA")) return QStringLiteral("AUTH_ERROR");
    if (label == QLatin1String("BLOCKED")) return QStringLiteral("INVALID_RESPONSE");
    return label;
}

// The stop reason a raw finish reason must normalize to (written out by hand, not by calling the product).
QString expectedStopReason(const QString& finishReason)
{
    static const QMap<QString, QString> table{{"stop", "stop"},           {"end_turn", "stop"},     {"STOP", "stop"},
                                              {"length", "length"},       {"max_tokens", "length"}, {"MAX_TOKENS", "length"},
                                              {"refusal", "refusal"},     {"SAFETY", "content_filter"}, {"content_filter", "content_filter"},
                                              {"OTHER", "error"}};
    return table.value(finishReason);
}

// Splits a stream into pieces cut at random byte offsets (seeded by the case), so events, lines and CRLF pairs
// arrive torn.
QList<QByteArray> tear(const QByteArray& stream, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> pieces;
    qsizetype at = 0;
    const qsizetype longest = std::max<qsizetype>(48, stream.size() / 300); // about 300 pieces at most
    while (at < stream.size()) {
        const qsizetype length = 1 + random.bounded(std::min<qsizetype>(longest, stream.size() - at));
        pieces << stream.mid(at, length);
        at += length;
    }
    return pieces;
}

QByteArray withCrlf(const QByteArray& stream)
{
    QByteArray lf = stream;
    lf.replace("\r\n", "\n");
    return lf.replace("\n", "\r\n");
}

} // namespace

class ProviderReplayTest : public QObject {
    Q_OBJECT

    MockProviderServer m_mock;
    std::unique_ptr<HttpTransport> m_transport;

    CallOutcome call(const QString& modelId, bool stream, Json temperature = 0.7)
    {
        ChatRequest request;
        request.modelId = modelId.toStdString();
        request.messages = {{"system", "You are careful."}, {"user", "Option A or B? Rate 1-5."}};
        request.temperature = std::move(temperature);
        request.seed = 7;
        return runCall(request, stream, m_transport.get());
    }

    static MockReply replyFor(const Json& response, const QByteArray& sse, quint32 seed)
    {
        MockReply reply;
        reply.status = response.value("status", 200);
        if (response.contains("headers") && response["headers"].is_object())
            for (auto it = response["headers"].begin(); it != response["headers"].end(); ++it)
                // The recording's framing headers described its own transfer (chunked, compressed): the mock frames anew.
                if (it.value().is_string() && it.key() != "content-length" && it.key() != "transfer-encoding" && it.key() != "connection"
                    && it.key() != "content-encoding")
                    reply.headers << qMakePair(QByteArray::fromStdString(it.key()), QByteArray::fromStdString(it.value().get<std::string>()));
        if (!sse.isEmpty()) {
            reply.sseEvents = tear(sse, seed);
            reply.sseIntervalMs = 1;
            return reply;
        }
        const Json& body = response["body"];
        reply.body = QByteArray::fromStdString(body.is_string() ? body.get<std::string>() : body.dump());
        reply.contentType = "application/json";
        return reply;
    }

    // The request we sent, checked against the family's API and the model's capabilities.
    void checkRequest(const QString& provider, const QString& modelId, bool stream, const RecordedRequest& sent)
    {
        const ModelRoute route = routeModel(modelId.toStdString());
        const ModelCapabilities caps = tableCapabilities(route.provider, route.model);
        const Json body = Json::parse(sent.body.toStdString());
        const QUrl url(QStringLiteral("http://x") + QString::fromLatin1(sent.target));
        if (provider == QLatin1String("anthropic")) {
            QVERIFY2(url.path().endsWith(QLatin1String("/v1/messages")), sent.target.constData());
            QCOMPARE(sent.headers.value("x-api-key"), QByteArray(kKey));
            QVERIFY(sent.headers.contains("anthropic-version"));
            QCOMPARE(body["model"].get<std::string>(), route.model);
            QVERIFY(body["max_tokens"].is_number());
            QCOMPARE(body.contains("temperature"), caps.temperature);
            QVERIFY(!body.contains("seed")); // Anthropic takes none
            QCOMPARE(body.value("stream", false), stream);
        } else if (provider == QLatin1String("gemini")) {
            const QString method = stream ? QStringLiteral(":streamGenerateContent") : QStringLiteral(":generateContent");
            QVERIFY2(url.path().endsWith(QStringLiteral("/models/") + QString::fromStdString(route.model) + method), sent.target.constData());
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("key")), QString::fromLatin1(kKey));
            if (stream) QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
            QVERIFY(!sent.headers.contains("authorization"));
            QVERIFY(body["generationConfig"]["maxOutputTokens"].is_number());
            QCOMPARE(body["generationConfig"].contains("temperature"), caps.temperature);
            QCOMPARE(body["systemInstruction"]["parts"][0]["text"].get<std::string>(), std::string("You are careful."));
        } else {
            QVERIFY2(url.path().endsWith(QLatin1String("/chat/completions")), sent.target.constData());
            QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer ") + kKey);
            QCOMPARE(body["model"].get<std::string>(), route.model);
            QCOMPARE(body["messages"].size(), size_t(2));
            QCOMPARE(body.contains("temperature"), caps.temperature);
            QVERIFY(body.contains(caps.tokenLimitParam));
            QCOMPARE(body.value("stream", false), stream);
            // Mistral refuses stream_options (422); every other family gets usage in its stream through it.
            QCOMPARE(body.contains("stream_options"), stream && provider != QLatin1String("mistral"));
            if (provider == QLatin1String("mistral")) QVERIFY(body.contains("random_seed"));
            else if (provider != QLatin1String("deepseek")) QCOMPARE(body.contains("seed"), caps.seed);
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
        qputenv("VALUERANK_HTTP_TIMEOUT_MS", "3000");
        qputenv("VALUERANK_LOG_LEVEL", "error");
        for (const char* name : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY", "MISTRAL_API_KEY", "LOCAL_API_KEY"})
            qputenv(name, kKey);
        pointEveryProviderAt(m_mock);
        m_transport = std::make_unique<HttpTransport>(6);
    }

    void recordedResponses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("crlf");
        QDirIterator it(QStringLiteral(VR_PROVIDER_DATA_DIR), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) files << it.next();
        files.sort();
        QVERIFY(files.size() >= 40);
        for (const QString& file : files) {
            const QString name = QDir(QStringLiteral(VR_PROVIDER_DATA_DIR)).relativeFilePath(file);
            QTest::newRow(qPrintable(name)) << file << false;
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            if (Json::parse(f.readAll().toStdString())["response"].contains("sse")) QTest::newRow(qPrintable(name + " (CRLF)")) << file << true;
        }
    }
    void recordedResponses()
    {
        QFETCH(QString, file);
        QFETCH(bool, crlf);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Json recording = Json::parse(f.readAll().toStdString());
        QVERIFY2(recording.contains("source") && !recording["source"].get<std::string>().empty(), "every recording names its source");
        const QString provider = QString::fromStdString(recording["provider"].get<std::string>());
        const Json& response = recording["response"];
        const bool stream = response.contains("sse");
        QByteArray sse = stream ? QByteArray::fromStdString(response["sse"].get<std::string>()) : QByteArray();
        if (crlf) sse = withCrlf(sse);
        const quint32 seed = qHash(file) ^ (crlf ? 0x5bd1e995u : 0u);
        m_mock.setResponder([&](const RecordedRequest&) { return replyFor(response, sse, seed); });
        const QString modelId = modelIdFor(provider, recording);
        const CallOutcome out = call(modelId, stream);

        QVERIFY(m_mock.requestCount() >= 1);
        checkRequest(provider, modelId, stream, m_mock.requests().first());
        const Json expect = recording.value("expect", Json::object());
        if (expect.contains("errorCode")) {
            QVERIFY2(!out.ok, out.ok ? out.response.content.c_str() : "");
            QCOMPARE(QString::fromStdString(std::string(errorCodeName(out.error->code()))), ourCode(QString::fromStdString(expect["errorCode"].get<std::string>())));
            // Errors no wait can cure are reported at once; passing ones are retried first.
            if (out.error->retryable()) QVERIFY(out.attempts > 1);
            else QCOMPARE(out.attempts, 1);
            if (expect.contains("retryDelaySeconds")) {
                QVERIFY(!out.retries.isEmpty());
                QCOMPARE(out.retries.first().delaySeconds, expect["retryDelaySeconds"].get<double>());
            }
            return;
        }
        QVERIFY2(out.ok, out.error ? out.error->toJson().dump().c_str() : "");
        QCOMPARE(out.attempts, 1);
        const ChatResponse& r = out.response;
        QCOMPARE(QString::fromStdString(r.content), QString::fromStdString(pyStrip(expect.value("text", std::string()))));
        if (expect.contains("reasoning"))
            QCOMPARE(QString::fromStdString(r.reasoning).simplified(), QString::fromStdString(expect["reasoning"].get<std::string>()).simplified());
        else
            QVERIFY2(r.reasoning.empty() || r.reasoning == "[redacted thinking]", r.reasoning.c_str());
        // The decision parser reads the answer only: no reasoning text leaks into it.
        if (!r.reasoning.empty() && r.reasoning.size() > 40) QVERIFY(r.content.find(r.reasoning.substr(0, 40)) == std::string::npos);
        for (const char* key : {"inputTokens", "outputTokens", "reasoningTokens"}) {
            if (!expect.contains(key)) continue;
            const Json& got = std::string(key) == "inputTokens" ? r.inputTokens : std::string(key) == "outputTokens" ? r.outputTokens : r.reasoningTokens;
            if (expect[key].is_null()) QVERIFY2(got.is_null() || got == 0, key);
            else QVERIFY2(got == expect[key], qPrintable(QStringLiteral("%1: got %2, expected %3").arg(key, QString::fromStdString(got.dump()), QString::fromStdString(expect[key].dump()))));
        }
        if (expect.contains("finishReason")) {
            const QString finish = QString::fromStdString(expect["finishReason"].get<std::string>());
            QCOMPARE(QString::fromStdString(r.finishReason), finish);
            QCOMPARE(QString::fromStdString(r.stopReason), expectedStopReason(finish));
        }
        // Gemini's transcripts keep the reference's null model version; every other family reports the model.
        if (expect.contains("model") && provider != QLatin1String("gemini"))
            QCOMPARE(QString::fromStdString(r.modelVersion.get<std::string>()), QString::fromStdString(expect["model"].get<std::string>()));
        // Billed output: reasoning reported apart (xAI, Gemini) is added, never subtracted.
        QVERIFY(r.billedOutputTokens() >= (r.outputTokens.is_number() ? r.outputTokens.get<long long>() : 0));
    }

    // A model the table thinks takes a temperature, meeting the recorded refusal: asked again at once without it.
    void refusedParameterIsDroppedAndAskedAgain_data()
    {
        QTest::addColumn<QString>("errorFile");
        QTest::addColumn<QString>("successFile");
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("missingAfter");
        QTest::newRow("openai temperature value") << "openai/error-400-temperature-unsupported-value.json" << "openai/gpt-4o-plain.json"
                                                  << "openai:gpt-4o" << "temperature" << "temperature";
        QTest::newRow("openai temperature parameter") << "openai/error-400-temperature-unsupported-parameter.json" << "openai/gpt-4o-plain.json"
                                                      << "openai:gpt-4o" << "temperature" << "temperature";
        QTest::newRow("openai max_tokens") << "openai/error-400-max-tokens-unsupported.json" << "openai/gpt-4o-plain.json" << "openai:gpt-4o"
                                           << "max_tokens" << "max_tokens";
        QTest::newRow("anthropic temperature") << "anthropic/error-400-temperature-deprecated.json" << "anthropic/message-basic-claude-sonnet-4.json"
                                               << "anthropic:claude-sonnet-4-20250514" << "temperature" << "temperature";
    }
    void refusedParameterIsDroppedAndAskedAgain()
    {
        QFETCH(QString, errorFile);
        QFETCH(QString, successFile);
        QFETCH(QString, modelId);
        QFETCH(QString, parameter);
        QFETCH(QString, missingAfter);
        const auto load = [](const QString& name) {
            QFile f(QStringLiteral(VR_PROVIDER_DATA_DIR "/") + name);
            f.open(QIODevice::ReadOnly);
            return Json::parse(f.readAll().toStdString());
        };
        const Json refusal = load(errorFile), success = load(successFile);
        m_mock.setResponder([&](const RecordedRequest&) {
            return replyFor(m_mock.requestCount() <= 1 ? refusal["response"] : success["response"], {}, 0);
        });
        CallOutcome out = call(modelId, false);
        QVERIFY2(out.ok, out.error ? out.error->message().c_str() : "");
        QCOMPARE(m_mock.requestCount(), 2);
        QVERIFY(Json::parse(m_mock.requests().at(0).body.toStdString()).contains(missingAfter.toStdString()));
        QVERIFY(!Json::parse(m_mock.requests().at(1).body.toStdString()).contains(missingAfter.toStdString()));
        QCOMPARE(out.response.droppedParameters, std::vector<std::string>{parameter.toStdString()});
        // Refused again without it: the error names the parameter in words, and there is no third request.
        m_mock.setResponder([&](const RecordedRequest&) { return replyFor(refusal["response"], {}, 0); });
        out = call(modelId, false);
        QVERIFY(!out.ok);
        QCOMPARE(out.error->code(), ErrorCode::ValidationError);
        QCOMPARE(m_mock.requestCount(), 2);
    }

    // Reasoning tokens a provider reports apart from its output count are billed: cost counts them.
    void reasoningTokensBilledApartAreCosted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<int>("billedOutput");
        QTest::newRow("xai, reported apart") << "xai/grok-4-1-fast-reasoning-plain.json" << "xai:grok-4-1-fast-reasoning" << 2087 + 619;
        QTest::newRow("openai, inside completion_tokens") << "openai/o3-mini-reasoning-tokens.json" << "openai:o3-mini" << 87;
        QTest::newRow("gemini, thoughtsTokenCount apart") << "gemini/generate-thoughts-hidden-gemini-2.5-pro.json" << "google:gemini-2.5-pro" << 8 + 285;
    }
    void reasoningTokensBilledApartAreCosted()
    {
        QFETCH(QString, file);
        QFETCH(QString, modelId);
        QFETCH(int, billedOutput);
        QFile f(QStringLiteral(VR_PROVIDER_DATA_DIR "/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Json recording = Json::parse(f.readAll().toStdString());
        m_mock.setResponder([&](const RecordedRequest&) { return replyFor(recording["response"], {}, 0); });
        const CallOutcome out = call(modelId, false);
        QVERIFY(out.ok);
        QCOMPARE(out.response.billedOutputTokens(), static_cast<long long>(billedOutput));
    }

    void temperatureNullIsNeverSent()
    {
        QFile f(QStringLiteral(VR_PROVIDER_DATA_DIR "/openai/gpt-4o-plain.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Json recording = Json::parse(f.readAll().toStdString());
        m_mock.setResponder([&](const RecordedRequest&) { return replyFor(recording["response"], {}, 0); });
        QVERIFY(call(QStringLiteral("openai:gpt-4o"), false, Json()).ok);
        QVERIFY(!Json::parse(m_mock.requests().first().body.toStdString()).contains("temperature"));
    }

    void followUpAfterAnEmptyAnswerIsAccepted()
    {
        // The server answers as Anthropic did (the recorded 400) whenever a message's content is empty, and with a
        // recorded success otherwise: the follow-up after an empty answer must go through on every family.
        const auto load = [](const QString& name) {
            QFile f(QStringLiteral(VR_PROVIDER_DATA_DIR "/") + name);
            f.open(QIODevice::ReadOnly);
            return Json::parse(f.readAll().toStdString());
        };
        const Json refusal = load(QStringLiteral("anthropic/error-400-empty-message-content.json"));
        const QList<QPair<QString, Json>> families{{QStringLiteral("anthropic:claude-sonnet-4-5"), load(QStringLiteral("anthropic/message-basic-claude-sonnet-4.json"))},
                                                   {QStringLiteral("openai:gpt-4o"), load(QStringLiteral("openai/gpt-4o-plain.json"))},
                                                   {QStringLiteral("google:gemini-2.5-flash"), load(QStringLiteral("gemini/generate-basic-gemini-2.5-flash.json"))}};
        for (const auto& [modelId, success] : families) {
            m_mock.setResponder([&](const RecordedRequest& r) {
                const Json body = Json::parse(r.body.toStdString());
                bool empty = false;
                for (const Json& m : body.value("messages", Json::array())) empty = empty || m.value("content", Json()) == "";
                for (const Json& c : body.value("contents", Json::array())) empty = empty || c["parts"][0].value("text", Json()) == "";
                return replyFor(empty ? refusal["response"] : success["response"], {}, 0);
            });
            ChatRequest request;
            request.modelId = modelId.toStdString();
            request.messages = {{"user", "Rate 1-5."}, {"assistant", ""}, {"user", "Why?"}};
            LlmCall c(request, false, m_transport.get());
            QSignalSpy done(&c, &LlmCall::finished);
            c.start();
            if (!c.isFinished()) done.wait(5000);
            QVERIFY2(c.succeeded(), qPrintable(modelId + QStringLiteral(": ") + QString::fromStdString(c.failureAsWorkerError().message())));
            QVERIFY(m_mock.requests().first().body.contains("(no answer)"));
        }
    }
};

QTEST_GUILESS_MAIN(ProviderReplayTest)
#include "tst_provider_replay.moc"
