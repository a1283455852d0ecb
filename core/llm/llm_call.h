#pragma once
// One provider call with the project's retry policy, synchronous for the workers or asynchronous for the run
// engine, optionally streaming text as it arrives. The final answer is the same either way.
#include "llm/chat.h"
#include "llm/model_route.h"
#include "llm/provider_adapter.h"
#include "llm/retry_policy.h"

#include <QObject>
#include <QString>

#include <exception>
#include <memory>
#include <optional>
#include <vector>

class QNetworkReply;
class QTimer;

namespace vr {
class WorkerError;
}

namespace vr::llm {

class HttpTransport;
class ProviderAdapter;
class SseParser;
struct SseEvent;
class StreamDecoder;

struct RetryEvent {
    FailureKind kind;
    int attempt = 0;          // 1-based retry number of this kind
    double delaySeconds = 0;  // before scaling
    int statusCode = 0;       // 0 when there was no HTTP status
    QString reason;
};

class LlmCall : public QObject {
    Q_OBJECT
public:
    LlmCall(ChatRequest request, bool stream, HttpTransport* transport = nullptr, QObject* parent = nullptr);
    ~LlmCall() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_response.has_value(); }
    bool wasCancelled() const { return m_cancelled; }
    const ChatResponse& response() const { return *m_response; }
    // The failure as thrown: a WorkerError, or an InputTypeError where the reference crashed.
    std::exception_ptr failure() const { return m_failure; }
    // The failure as a WorkerError (unexpected ones classified as the reference's classify_exception does).
    WorkerError failureAsWorkerError() const;
    int attempts() const { return m_attempts; }

signals:
    void textDelta(const QString& text);
    // A retry is scheduled; streamed text so far is void (the answer starts again).
    void retrying(const vr::llm::RetryEvent& event);
    void finished();

private:
    void startAttempt();
    void post(); // sends m_spec (again, after a same-origin redirect)
    void respondAsMock();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void fail(std::exception_ptr failure);
    void failOrRetry(FailureKind kind, std::optional<double> serverDelay, int status, std::exception_ptr finalError,
                     const QString& reason);
    void decode(const std::vector<SseEvent>& events); // stream events into the decoder, text out as deltas
    void failOrRetryStreamError(std::exception_ptr failure);
    void succeed(ChatResponse response);
    void finish();
    void releaseReply();

    ChatRequest m_request;
    bool m_stream = false;
    HttpTransport* m_transport = nullptr;
    ModelRoute m_route;
    std::unique_ptr<ProviderAdapter> m_adapter;
    std::unique_ptr<StreamDecoder> m_decoder;
    std::unique_ptr<SseParser> m_sse;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_watchdog = nullptr; // idle: restarted by every byte received
    QTimer* m_deadline = nullptr; // the whole attempt
    QTimer* m_retryTimer = nullptr;
    RetryBudget m_budget;
    QByteArray m_errorBody;
    std::string m_sentBody; // the last attempt's request body, to tell which parameter a 400 rejects
    HttpRequestSpec m_spec; // the current attempt's request
    int m_redirects = 0;
    static constexpr int kMaxRedirects = 5;
    std::optional<long long> m_rateLimitRemaining, m_rateLimitLimit;
    long long m_attemptStartedMs = 0;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_deadlinePassed = false;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<ChatResponse> m_response;
    std::exception_ptr m_failure;
};

// Runs one call to completion in a local event loop (the workers' path); throws the failure.
ChatResponse generateBlocking(const ChatRequest& request);

} // namespace vr::llm
