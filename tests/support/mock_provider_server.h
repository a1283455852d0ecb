#pragma once
// A real HTTP/1.1 server on 127.0.0.1 for tests: it answers provider calls from a script of replies (or a
// responder function), records every request, and can misbehave on purpose. It runs on its own thread, so a
// test may block (waitForFinished on a worker process, a synchronous client call) while it serves.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace vr::test {

struct MockReply {
    enum class Fault {
        None,
        DropConnection, // close the socket without answering
        Hang,           // never answer (the client's timeout fires)
        TruncateBody,   // announce the full Content-Length, send half the body, close
    };
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    Fault fault = Fault::None;
    int delayMs = 0;
    // Server-sent events: when non-empty the reply is text/event-stream, each event written as it goes.
    QList<QByteArray> sseEvents;
    int sseIntervalMs = 0;
    bool cutStreamMidway = false; // stop after half the events and close the connection
    int dripIntervalMs = 0;       // > 0: the body is sent one byte at a time, this far apart

    static MockReply json(const QByteArray& body, int status = 200);
    static MockReply text(const QByteArray& body, int status);
    static MockReply failing(Fault f);
};

struct RecordedRequest {
    QByteArray method;
    QByteArray target; // path and query, as sent
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

class MockProviderServer {
public:
    MockProviderServer();
    ~MockProviderServer();
    MockProviderServer(const MockProviderServer&) = delete;
    MockProviderServer& operator=(const MockProviderServer&) = delete;

    quint16 port() const;
    QString url(const QString& path = {}) const; // http://127.0.0.1:<port><path>

    // Replies served in order; the last one repeats. With no script and no responder the connection drops.
    void setScript(QList<MockReply> replies);
    // A responder decides each reply from the request (used for the provider-shaped mock).
    void setResponder(std::function<MockReply(const RecordedRequest&)> responder);
    void reset();

    // Benchmarks switch recording off so the server's memory does not grow with the requests it serves.
    void setRecording(bool recording);
    QList<RecordedRequest> requests() const;
    int requestCount() const;

    // Internal: called on the server thread for every complete request.
    MockReply nextReply(const RecordedRequest& request);

private:
    mutable QMutex m_mutex;
    QList<MockReply> m_script;
    std::function<MockReply(const RecordedRequest&)> m_responder;
    QList<RecordedRequest> m_requests;
    int m_requestCount = 0;
    bool m_recording = true;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

// Sets every provider's <PROVIDER>_BASE_URL to a path on this server (/openai/v1, /anthropic, /google/v1beta, …),
// as the providers' real base paths sit under their hosts.
void pointEveryProviderAt(const MockProviderServer& server);

} // namespace vr::test
