#include "llm/llm_call.h"

#include "llm/http_transport.h"
#include "llm/mock_model.h"
#include "llm/provider_adapter.h"
#include "llm/provider_errors.h"
#include "llm/sse_parser.h"
#include "protocol/json_log.h"
#include "protocol/python_format.h"
#include "protocol/run_to_completion.h"
#include "protocol/worker_error.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace vr::llm {
namespace {

const JsonLogger& log()
{
    static const JsonLogger logger("llm_adapters");
    return logger;
}

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Qt's error strings can quote the URL, and Gemini's URL carries the key: never let either out.
std::string sanitize(const QString& text)
{
    QString cleaned = text;
    cleaned.replace(QRegularExpression(QStringLiteral("key=[^&\\s]+")), QStringLiteral("key=[redacted]"));
    return redactSecrets(cleaned.toStdString());
}

std::string secondsText(int ms)
{
    std::string out;
    appendPythonFloat(out, ms / 1000.0);
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out;
}

// A token count must be a whole number from 0 to 10^12 (or absent): anything else would turn into a negative
// or wrapped total and a wrong cost, so the answer is refused as INVALID_RESPONSE.
void checkTokenCount(const Json& count, const char* which)
{
    if (count.is_null()) return;
    constexpr double kMaxTokens = 1e12;
    bool valid = false;
    if (count.is_number_unsigned()) valid = count.get<unsigned long long>() <= static_cast<unsigned long long>(kMaxTokens);
    else if (count.is_number_integer()) valid = count.get<long long>() >= 0 && count.get<long long>() <= static_cast<long long>(kMaxTokens);
    else if (count.is_number_float()) {
        const double v = count.get<double>();
        valid = std::isfinite(v) && v >= 0 && v <= kMaxTokens && v == std::floor(v);
    }
    if (!valid)
        throw WorkerError::llm(std::string("The provider reported an impossible ") + which + " token count (" + count.dump() + ")",
                               ErrorCode::InvalidResponse, std::nullopt, "token counts must be whole numbers from 0 to 10^12");
}

bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

LlmCall::LlmCall(ChatRequest request, bool stream, HttpTransport* transport, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_stream(stream), m_transport(transport)
{
}

LlmCall::~LlmCall()
{
    releaseReply();
}

void LlmCall::start()
{
    try {
        m_route = routeModel(m_request.modelId);
        if (m_route.provider != Provider::Mock) m_adapter = makeProviderAdapter(m_route.provider);
    } catch (...) {
        // Report on the next turn of the event loop, so a caller connecting after start() still hears it.
        m_failure = std::current_exception();
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    startAttempt();
}

void LlmCall::cancel()
{
    if (m_finished) return;
    m_cancelled = true;
    releaseReply();
    if (m_retryTimer) m_retryTimer->stop();
    m_failure = std::make_exception_ptr(WorkerError::worker("Cancelled", ErrorCode::Unknown));
    finish();
}

void LlmCall::startAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_deadlinePassed = false;
    m_errorBody.clear();
    m_attemptStartedMs = nowMs();
    if (m_route.provider == Provider::Mock) {
        respondAsMock();
        return;
    }
    HttpRequestSpec spec;
    try {
        spec = m_adapter->buildRequest(m_route.model, m_request, m_stream);
    } catch (...) {
        m_failure = std::current_exception();
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    if (m_stream) {
        m_decoder = m_adapter->makeStreamDecoder();
        m_sse = std::make_unique<SseParser>();
    }
    m_spec = std::move(spec);
    m_redirects = 0;
    post();
}

void LlmCall::post()
{
    HttpTransport& transport = m_transport ? *m_transport : HttpTransport::shared();
    m_sentBody = m_spec.body;
    m_reply = transport.post(m_spec);
    if (!m_watchdog) {
        m_watchdog = new QTimer(this);
        m_watchdog->setSingleShot(true);
        connect(m_watchdog, &QTimer::timeout, this, &LlmCall::onTimeout);
    }
    m_watchdog->start(HttpTransport::timeoutMs());
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            m_deadlinePassed = true;
            onTimeout();
        });
    }
    m_deadline->start(HttpTransport::deadlineMs());
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmCall::onReplyFinished);
}

void LlmCall::respondAsMock()
{
    const int latency = mockLatencyMs();
    // Fault injection for tests of whole pipelines: every call of this process fails as a provider's 503 would.
    if (mockFaultRequested()) {
        QTimer::singleShot(latency, this, [this] {
            failOrRetry(FailureKind::ServerError, std::nullopt, 503,
                        std::make_exception_ptr(WorkerError::llm("HTTP 503: mock provider fault (VALUERANK_MOCK_FAULT)", ErrorCode::ServerError, 503)),
                        QStringLiteral("mock fault"));
        });
        return;
    }
    ChatResponse response = mockRespond(m_route.model, m_request);
    if (!m_stream) {
        QTimer::singleShot(latency, this, [this, response] { succeed(response); });
        return;
    }
    // Stream the answer word by word over the simulated latency.
    auto words = std::make_shared<QStringList>();
    const QString text = QString::fromStdString(response.content);
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == QLatin1Char(' ')) {
            words->append(text.mid(from, i + 1 - from));
            from = i + 1;
        }
    const int step = words->isEmpty() ? latency : latency / static_cast<int>(words->size());
    auto emitNext = std::make_shared<std::function<void(int)>>();
    *emitNext = [this, words, step, response, emitNext](int index) {
        if (m_finished) return;
        if (index >= words->size()) {
            succeed(response);
            return;
        }
        emit textDelta(words->at(index));
        QTimer::singleShot(step, this, [emitNext, index] { (*emitNext)(index + 1); });
    };
    QTimer::singleShot(0, this, [emitNext] { (*emitNext)(0); });
}

void LlmCall::onReadyRead()
{
    if (!m_reply) return;
    m_watchdog->start(HttpTransport::timeoutMs()); // the timeout counts from the last byte received
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_stream || status >= 400) return; // whole bodies are read when the reply finishes
    const QByteArray chunk = m_reply->readAll();
    try {
        decode(m_sse->feed(std::string_view(chunk.constData(), static_cast<size_t>(chunk.size()))));
    } catch (...) {
        releaseReply();
        failOrRetryStreamError(std::current_exception());
    }
}

void LlmCall::decode(const std::vector<SseEvent>& events)
{
    for (const SseEvent& event : events) {
        const std::string delta = m_decoder->onEvent(event);
        if (!delta.empty()) emit textDelta(QString::fromStdString(delta));
    }
}

void LlmCall::failOrRetryStreamError(std::exception_ptr failure)
{
    // An error event inside a stream is retried as its HTTP form would be (Anthropic's overloaded_error is a 529).
    try {
        std::rethrow_exception(failure);
    } catch (const WorkerError& e) {
        if (e.code() == ErrorCode::ServerError) {
            failOrRetry(FailureKind::ServerError, std::nullopt, 0, failure, QStringLiteral("stream error"));
            return;
        }
        if (e.code() == ErrorCode::RateLimit) {
            failOrRetry(FailureKind::RateLimit, std::nullopt, 0, failure, QStringLiteral("stream rate limit"));
            return;
        }
    } catch (...) {
    }
    fail(failure);
}

void LlmCall::onTimeout()
{
    if (!m_reply) return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, and reports the timeout
}

void LlmCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) return;
    m_watchdog->stop();
    m_deadline->stop();
    const QString refusedRedirect = HttpTransport::refusedRedirect(reply);
    const QString followedRedirect = HttpTransport::sameOriginRedirect(reply);
    if (!followedRedirect.isEmpty() && refusedRedirect.isEmpty()) {
        // A redirect within the provider's origin: the same request (method, headers, body) to the new address,
        // as part of this attempt. Qt does not follow it itself (see HttpTransport::post).
        releaseReply();
        if (++m_redirects > kMaxRedirects) {
            fail(std::make_exception_ptr(WorkerError::worker("The provider redirected the request more than "
                                                                 + std::to_string(kMaxRedirects) + " times", ErrorCode::NetworkError)));
            return;
        }
        m_spec.url = followedRedirect.toStdString();
        post();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    const QList<QByteArray> retryAfter{reply->rawHeader("retry-after"), reply->rawHeader("retry-after-ms")};
    const auto headerNumber = [reply](std::initializer_list<const char*> names) -> std::optional<long long> {
        for (const char* name : names) {
            bool ok = false;
            const long long v = reply->rawHeader(name).trimmed().toLongLong(&ok);
            if (ok) return v;
        }
        return std::nullopt;
    };
    m_rateLimitRemaining = headerNumber({"x-ratelimit-remaining-requests", "anthropic-ratelimit-requests-remaining", "x-ratelimit-remaining"});
    m_rateLimitLimit = headerNumber({"x-ratelimit-limit-requests", "anthropic-ratelimit-requests-limit", "x-ratelimit-limit"});
    releaseReply();

    if (!refusedRedirect.isEmpty()) {
        const std::string target = sanitize(refusedRedirect);
        fail(std::make_exception_ptr(WorkerError::worker(
            "The provider redirected the request to another server (" + target
                + "); it was not followed, so the API key was not sent there. Check the provider's base URL.",
            ErrorCode::Unknown, target)));
        return;
    }
    if (m_timedOut) {
        const std::string seconds = secondsText(m_deadlinePassed ? HttpTransport::deadlineMs() : HttpTransport::timeoutMs());
        failOrRetry(FailureKind::Timeout, std::nullopt, 0,
                    std::make_exception_ptr(WorkerError::llm("Request timed out after " + seconds + "s", ErrorCode::Timeout,
                                                             std::nullopt, "Read timed out after " + seconds + "s")),
                    QStringLiteral("timeout"));
        return;
    }
    // A connection that fails, before or in the middle of the body, is a connection error (a short body is
    // never parsed as if it were whole).
    if (isConnectionFailure(error)) {
        const std::string text = sanitize(errorText);
        failOrRetry(FailureKind::Connection, std::nullopt, 0,
                    std::make_exception_ptr(WorkerError::llm("Connection error: " + text, ErrorCode::NetworkError, std::nullopt, text)),
                    QStringLiteral("connection"));
        return;
    }
    if (status >= 400) {
        const std::string body = rest.toStdString();
        // Redact first, then cut: a key across the cut must not leave its first characters behind.
        const std::string snippet = codePointPrefix(sanitize(QString::fromStdString(body)), 500);
        auto serverDelay = retryAfterSeconds(retryAfter[0].toStdString(), retryAfter[1].toStdString());
        if (!serverDelay) serverDelay = bodyRetryDelay(m_route.provider, body);
        // A parameter this model does not take: asked again at once without it (once per parameter).
        const std::string parameter = rejectedParameter(status, body, m_sentBody);
        if (!parameter.empty() && !m_request.omits(parameter)) {
            log().warn("The provider rejected a parameter for this model; asking again without it",
                       {{"parameter", parameter}, {"status_code", status}, {"model", m_request.modelId}});
            m_request.omittedParameters.push_back(parameter);
            QMetaObject::invokeMethod(this, [this] { startAttempt(); }, Qt::QueuedConnection);
            return;
        }
        if (auto terminal = terminalProviderError(m_route.provider, status, body, snippet)) {
            fail(std::make_exception_ptr(std::move(*terminal)));
            return;
        }
        if (isRateLimitResponse(status, body)) {
            const int retries = m_budget.retriesUsed(FailureKind::RateLimit);
            failOrRetry(FailureKind::RateLimit, serverDelay, status,
                        std::make_exception_ptr(WorkerError::llm("Rate limited after " + std::to_string(retries) + " retries",
                                                                 ErrorCode::RateLimit, status, snippet)),
                        QStringLiteral("rate limit"));
            return;
        }
        std::string message = "HTTP " + std::to_string(status) + ": " + snippet;
        if (!parameter.empty())
            message += " — " + std::string(providerInfo(m_route.provider).displayName) + " rejects the parameter '" + parameter
                + "' for this model; switch it off for this model in the catalog";
        auto httpError = std::make_exception_ptr(WorkerError::llm(message, ErrorCode::Unknown, status, snippet));
        if (isRetryableServerStatus(status)) {
            failOrRetry(FailureKind::ServerError, serverDelay, status, httpError, QStringLiteral("server error"));
            return;
        }
        fail(httpError);
        return;
    }
    if (error != QNetworkReply::NoError && status == 0) {
        const std::string text = sanitize(errorText);
        fail(std::make_exception_ptr(WorkerError::llm("Request error: " + text, ErrorCode::NetworkError, std::nullopt, text)));
        return;
    }
    try {
        if (m_stream) {
            if (!rest.isEmpty()) decode(m_sse->feed(std::string_view(rest.constData(), static_cast<size_t>(rest.size()))));
            // An event the server ended without its closing blank line still counts, when it reads whole.
            try {
                decode(m_sse->finish());
            } catch (const WorkerError& e) {
                if (e.code() != ErrorCode::InvalidResponse) throw; // a cut-off line: the stream counts as cut below
            }
            if (!m_decoder->complete()) {
                // A stream that stops before the provider says it is done is an error, never a short answer.
                const std::string text = "the stream ended before the answer was complete";
                failOrRetry(FailureKind::Connection, std::nullopt, 0,
                            std::make_exception_ptr(WorkerError::llm("Connection error: " + text, ErrorCode::NetworkError, std::nullopt, text)),
                            QStringLiteral("stream cut"));
                return;
            }
            succeed(m_decoder->result());
            return;
        }
        const Json body = Json::parse(rest.constData(), rest.constData() + rest.size(), nullptr, false);
        if (body.is_discarded()) {
            std::string reason = "Expecting value";
            try {
                const Json strict = Json::parse(rest.constData(), rest.constData() + rest.size());
                (void)strict;
            } catch (const std::exception& e) {
                reason = e.what();
            }
            throw WorkerError::llm("Failed to decode JSON response", ErrorCode::InvalidResponse, std::nullopt, reason);
        }
        succeed(m_adapter->parseResponse(body));
    } catch (...) {
        if (m_stream) failOrRetryStreamError(std::current_exception());
        else fail(std::current_exception());
    }
}

void LlmCall::failOrRetry(FailureKind kind, std::optional<double> serverDelay, int status, std::exception_ptr finalError,
                          const QString& reason)
{
    const int retryNumber = m_budget.retriesUsed(kind) + 1;
    const auto delay = m_budget.nextDelay(kind, serverDelay, QRandomGenerator::global()->generateDouble());
    if (!delay) {
        // A refused retry leaves the counter as it was, so the message built by the caller ("Rate limited after N
        // retries") already counts the retries actually made.
        fail(finalError);
        return;
    }
    switch (kind) {
    case FailureKind::RateLimit:
        log().warn("Rate limited, retrying with backoff", {{"attempt", retryNumber}, {"max_attempts", kMaxRateLimitRetries},
                                                          {"sleep_seconds", *delay}, {"status_code", status}});
        break;
    case FailureKind::ServerError:
        log().warn("Server error, retrying", {{"attempt", retryNumber}, {"max_attempts", kMaxServerRetries}, {"sleep", *delay},
                                              {"status_code", status}});
        break;
    case FailureKind::Timeout: log().warn("Request timed out, retrying", {{"attempt", retryNumber}, {"sleep", *delay}}); break;
    case FailureKind::Connection: log().warn("Connection error, retrying", {{"attempt", retryNumber}, {"sleep", *delay}}); break;
    }
    emit retrying(RetryEvent{kind, retryNumber, *delay, status, reason});
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &LlmCall::startAttempt);
    }
    m_retryTimer->start(static_cast<int>(std::lround(*delay * 1000.0 * retryDelayScale())));
}

void LlmCall::fail(std::exception_ptr failure)
{
    m_failure = std::move(failure);
    finish();
}

void LlmCall::succeed(ChatResponse response)
{
    // Every family's answer is finished here alike: reasoning trimmed, the stop reason normalized unless the
    // adapter knew better (a refusal).
    response.reasoning = pyStrip(response.reasoning);
    if (response.stopReason.empty()) response.stopReason = adapter_detail::normalizeStopReason(response.finishReason);
    response.droppedParameters = m_request.omittedParameters;
    try {
        checkTokenCount(response.inputTokens, "input");
        checkTokenCount(response.outputTokens, "output");
        checkTokenCount(response.reasoningTokens, "reasoning"); // billed too, where reported apart
    } catch (...) {
        fail(std::current_exception());
        return;
    }
    response.latencyMs = nowMs() - m_attemptStartedMs;
    response.rateLimitRemaining = m_rateLimitRemaining;
    response.rateLimitLimit = m_rateLimitLimit;
    m_response = std::move(response);
    finish();
}

void LlmCall::finish()
{
    if (m_finished) return;
    m_finished = true;
    emit finished();
}

void LlmCall::releaseReply()
{
    if (!m_reply) return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning()) reply->abort();
    reply->deleteLater();
}

WorkerError LlmCall::failureAsWorkerError() const
{
    return toWorkerError(m_failure);
}

ChatResponse generateBlocking(const ChatRequest& request)
{
    LlmCall call(request, false);
    runToCompletion(call);
    if (!call.succeeded()) std::rethrow_exception(call.failure());
    return call.response();
}

} // namespace vr::llm
