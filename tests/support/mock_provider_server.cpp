#include "mock_provider_server.h"

#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace vr::test {

MockReply MockReply::json(const QByteArray& body, int status)
{
    MockReply r;
    r.status = status;
    r.body = body;
    return r;
}

MockReply MockReply::text(const QByteArray& body, int status)
{
    MockReply r;
    r.status = status;
    r.body = body;
    r.contentType = "text/plain";
    return r;
}

MockReply MockReply::failing(Fault f)
{
    MockReply r;
    r.fault = f;
    return r;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// One connection: parses pipelined/keep-alive requests and writes the scripted replies.
class Connection : public QObject {
public:
    Connection(QTcpSocket* socket, MockProviderServer* owner) : QObject(socket), m_socket(socket), m_owner(owner)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (true) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) return;
            RecordedRequest request;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.insert(name, value);
                if (name == "content-length") contentLength = value.toLongLong();
            }
            if (m_buffer.size() < headerEnd + 4 + contentLength) return;
            request.body = m_buffer.mid(headerEnd + 4, contentLength);
            m_buffer.remove(0, headerEnd + 4 + contentLength);
            respond(m_owner->nextReply(request));
        }
    }

    void respond(const MockReply& reply)
    {
        if (reply.fault == MockReply::Fault::Hang) return;
        if (reply.fault == MockReply::Fault::DropConnection) {
            m_socket->abort();
            return;
        }
        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> socket = m_socket;
            QTimer::singleShot(reply.delayMs, this, [this, reply, socket] {
                if (socket) write(reply);
            });
            return;
        }
        write(reply);
    }

    void write(const MockReply& reply)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        for (const auto& [name, value] : reply.headers) head += name + ": " + value + "\r\n";
        if (!reply.sseEvents.isEmpty()) {
            head += "Content-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
            m_socket->write(head);
            writeEvents(reply, 0);
            return;
        }
        head += "Content-Type: " + reply.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        if (reply.dripIntervalMs > 0) {
            m_socket->write(head);
            drip(reply, 0);
            return;
        }
        if (reply.fault == MockReply::Fault::TruncateBody) {
            m_socket->write(head + reply.body.left(reply.body.size() / 2));
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(head + reply.body);
    }

    void drip(const MockReply& reply, qsizetype from)
    {
        if (from >= reply.body.size()) return;
        m_socket->write(reply.body.mid(from, 1));
        m_socket->flush();
        QPointer<QTcpSocket> socket = m_socket;
        QTimer::singleShot(reply.dripIntervalMs, this, [this, reply, from, socket] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) drip(reply, from + 1);
        });
    }

    void writeEvents(const MockReply& reply, qsizetype from)
    {
        const qsizetype stopAt = reply.cutStreamMidway ? reply.sseEvents.size() / 2 : reply.sseEvents.size();
        for (qsizetype i = from; i < stopAt; ++i) {
            m_socket->write(reply.sseEvents[i]);
            m_socket->flush();
            if (reply.sseIntervalMs > 0 && i + 1 < stopAt) {
                QPointer<QTcpSocket> socket = m_socket;
                QTimer::singleShot(reply.sseIntervalMs, this, [this, reply, i, socket] {
                    if (socket) writeEvents(reply, i + 1);
                });
                return;
            }
        }
        if (reply.cutStreamMidway) m_socket->abort();
        else m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    MockProviderServer* m_owner;
    QByteArray m_buffer;
};

} // namespace

MockProviderServer::MockProviderServer()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("mock-provider-server"));
    QSemaphore ready;
    auto* server = new QTcpServer;
    server->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::started, server, [this, server, &ready] {
        server->listen(QHostAddress::LocalHost, 0);
        m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket* socket = server->nextPendingConnection()) new Connection(socket, this);
        });
        ready.release();
    });
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    ready.acquire();
}

MockProviderServer::~MockProviderServer()
{
    m_thread->quit();
    m_thread->wait();
}

quint16 MockProviderServer::port() const
{
    return m_port;
}

QString MockProviderServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void MockProviderServer::setScript(QList<MockReply> replies)
{
    QMutexLocker lock(&m_mutex);
    m_script = std::move(replies);
    m_responder = nullptr;
    m_requests.clear();
    m_requestCount = 0;
}

void MockProviderServer::setResponder(std::function<MockReply(const RecordedRequest&)> responder)
{
    QMutexLocker lock(&m_mutex);
    m_script.clear();
    m_responder = std::move(responder);
    m_requests.clear();
    m_requestCount = 0;
}

void MockProviderServer::reset()
{
    QMutexLocker lock(&m_mutex);
    m_script.clear();
    m_responder = nullptr;
    m_requests.clear();
    m_requestCount = 0;
}

QList<RecordedRequest> MockProviderServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int MockProviderServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestCount;
}

void MockProviderServer::setRecording(bool recording)
{
    QMutexLocker lock(&m_mutex);
    m_recording = recording;
}

MockReply MockProviderServer::nextReply(const RecordedRequest& request)
{
    std::function<MockReply(const RecordedRequest&)> responder;
    MockReply reply = MockReply::failing(MockReply::Fault::DropConnection);
    {
        QMutexLocker lock(&m_mutex);
        if (m_recording) m_requests.append(request);
        ++m_requestCount;
        if (m_responder) responder = m_responder;
        else if (!m_script.isEmpty()) reply = m_script.at(std::min<qsizetype>(m_requestCount - 1, m_script.size() - 1));
    }
    return responder ? responder(request) : reply;
}

void pointEveryProviderAt(const MockProviderServer& server)
{
    const QString base = server.url();
    qputenv("OPENAI_BASE_URL", (base + "/openai/v1").toUtf8());
    qputenv("ANTHROPIC_BASE_URL", (base + "/anthropic").toUtf8());
    qputenv("GOOGLE_BASE_URL", (base + "/google/v1beta").toUtf8());
    qputenv("XAI_BASE_URL", (base + "/xai/v1").toUtf8());
    qputenv("DEEPSEEK_BASE_URL", (base + "/deepseek/v1").toUtf8());
    qputenv("MISTRAL_BASE_URL", (base + "/mistral/v1").toUtf8());
    qputenv("LOCAL_BASE_URL", (base + "/local/v1").toUtf8());
}

} // namespace vr::test
