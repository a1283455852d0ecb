#pragma once
// The HTTP layer under every provider call: QNetworkAccessManager, which opens at most six HTTP/1.1
// connections per host, so a transport that must carry more calls at once spreads them over several managers.
#include "llm/provider_adapter.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace vr::llm {

class HttpTransport : public QObject {
    Q_OBJECT
public:
    // Enough managers for `concurrency` simultaneous calls to one host (six connections each).
    explicit HttpTransport(int concurrency = 6, QObject* parent = nullptr);
    ~HttpTransport() override;

    // POSTs the request; the caller owns the reply (deleteLater when done).
    QNetworkReply* post(const HttpRequestSpec& spec);
    // The origin (scheme://host:port) a reply was redirected to and that post() refused to follow, or "".
    static QString refusedRedirect(const QNetworkReply* reply);
    // The same-origin address a reply was redirected to (the caller sends the request there), or "".
    static QString sameOriginRedirect(const QNetworkReply* reply);
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    // VALUERANK_HTTP_TIMEOUT_MS (default 60 000): the connect and per-read timeout of one attempt.
    static int timeoutMs();
    // VALUERANK_HTTP_DEADLINE_MS (default 600 000): the longest one attempt may take in all, however steadily
    // the server trickles bytes.
    static int deadlineMs();
    // The process-wide transport of the blocking worker path, created on first use in the calling thread.
    static HttpTransport& shared();

private:
    std::vector<QNetworkAccessManager*> m_managers;
    std::vector<int> m_inFlight;
};

} // namespace vr::llm
