#include "llm/http_transport.h"

#include "protocol/environment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>

namespace vr::llm {

HttpTransport::HttpTransport(int concurrency, QObject* parent) : QObject(parent)
{
    const int managers = std::max(1, (concurrency + 5) / 6);
    for (int i = 0; i < managers; ++i) {
        auto* manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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
    return reply;
}

int HttpTransport::timeoutMs()
{
    return static_cast<int>(std::max(1.0, envDouble("VALUERANK_HTTP_TIMEOUT_MS", 60000.0)));
}

HttpTransport& HttpTransport::shared()
{
    static thread_local HttpTransport* transport = new HttpTransport(6);
    return *transport;
}

} // namespace vr::llm
