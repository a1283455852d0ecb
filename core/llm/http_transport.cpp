#include "llm/http_transport.h"

#include "protocol/environment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>

namespace vr::llm {
namespace {
constexpr const char* kRefusedRedirectProperty = "vrRefusedRedirect";
constexpr const char* kSameOriginRedirectProperty = "vrSameOriginRedirect";
} // namespace

HttpTransport::HttpTransport(int concurrency, QObject* parent) : QObject(parent)
{
    const int managers = std::max(1, (concurrency + 5) / 6);
    for (int i = 0; i < managers; ++i) {
        auto* manager = new QNetworkAccessManager(this);
        // Every redirect is checked by post(): one to another origin would carry the API key there.
        manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        m_managers.push_back(manager);
    }
    m_inFlight.assign(m_managers.size(), 0);
}

HttpTransport::~HttpTransport() = default;

QNetworkReply* HttpTransport::post(const HttpRequestSpec& spec)
{
    const auto index = static_cast<size_t>(std::min_element(m_inFlight.begin(), m_inFlight.end()) - m_inFlight.begin());
    QNetworkRequest request(QUrl(QString::fromStdString(spec.url), QUrl::TolerantMode));
    for (const auto& [name, value] : spec.headers) request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("valuerank"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    QNetworkReply* reply = m_managers[index]->post(request, QByteArray::fromStdString(spec.body));
    ++m_inFlight[index];
    connect(reply, &QNetworkReply::finished, this, [this, index] { --m_inFlight[index]; });
    // A redirect within the same origin (scheme, host and port) is followed with its headers; one to another
    // origin is refused, so no key (header or `key=` query) ever reaches a host the user did not configure.
    const QUrl origin = request.url();
    // Qt follows none itself (its own following proved unreliable on kept-alive connections): the caller sends the
    // request again to a same-origin target (sameOriginRedirect) and refuses any other (refusedRedirect).
    connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl& target) {
        const QUrl resolved = origin.resolved(target);
        if (sameOrigin(origin, resolved)) reply->setProperty(kSameOriginRedirectProperty, resolved.toString());
        else
            reply->setProperty(kRefusedRedirectProperty, resolved.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                                                           | QUrl::RemoveFragment).toString());
        reply->abort();
    });
    return reply;
}

bool HttpTransport::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString HttpTransport::sameOriginRedirect(const QNetworkReply* reply)
{
    return reply->property(kSameOriginRedirectProperty).toString();
}

QString HttpTransport::refusedRedirect(const QNetworkReply* reply)
{
    return reply->property(kRefusedRedirectProperty).toString();
}

int HttpTransport::timeoutMs()
{
    return static_cast<int>(std::clamp(envDouble("VALUERANK_HTTP_TIMEOUT_MS", 60000.0), 1.0, 2147483647.0));
}

int HttpTransport::deadlineMs()
{
    return static_cast<int>(std::clamp(envDouble("VALUERANK_HTTP_DEADLINE_MS", 600000.0), 1.0, 2147483647.0));
}

HttpTransport& HttpTransport::shared()
{
    static thread_local HttpTransport* transport = new HttpTransport(6);
    return *transport;
}

} // namespace vr::llm
