#include "llm/retry_policy.h"

#include "protocol/environment.h"
#include "protocol/python_format.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QString>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace vr::llm {

std::optional<QDateTime> httpDate(const QString& text)
{
    // RFC 9110's IMF-fixdate, what servers send ("Sun, 29 Nov 2026 10:00:00 GMT"); Qt's RFC 2822 parser
    // rejects its "GMT", so it is read with an explicit format in the C locale (English day and month names).
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        when.setTimeZone(QTimeZone::utc());
        return when;
    }
    when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (when.isValid()) return when;
    return std::nullopt;
}

bool isRateLimitResponse(int status, std::string_view body)
{
    if (status == 429) return true;
    if (status < 400) return false;
    std::string snippet = codePointPrefix(body, 500);
    std::transform(snippet.begin(), snippet.end(), snippet.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::array<const char*, 9> phrases{"rate limit", "rate_limit", "ratelimit", "too many requests", "quota exceeded",
                                                    "requests per minute", "rpm limit", "tpm limit", "tokens per minute"};
    return std::any_of(phrases.begin(), phrases.end(), [&](const char* p) { return snippet.find(p) != std::string::npos; });
}

bool isRetryableServerStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504 || status == 529;
}

std::optional<double> retryAfterSeconds(std::string_view retryAfter, std::string_view retryAfterMs)
{
    if (!retryAfterMs.empty()) {
        char* end = nullptr;
        const std::string text(retryAfterMs);
        const double ms = std::strtod(text.c_str(), &end);
        if (end && *end == '\0' && ms >= 0) return ms / 1000.0;
    }
    if (!retryAfter.empty()) {
        const std::string text(retryAfter);
        char* end = nullptr;
        const double seconds = std::strtod(text.c_str(), &end);
        if (end && *end == '\0' && seconds >= 0) return seconds;
        const auto when = httpDate(QString::fromStdString(text).trimmed());
        if (when) return std::max(0.0, QDateTime::currentDateTimeUtc().msecsTo(*when) / 1000.0);
    }
    return std::nullopt;
}

std::optional<double> RetryBudget::nextDelay(FailureKind kind, std::optional<double> serverDelay, double jitter)
{
    int* used = nullptr;
    int limit = 0;
    double delay = 0.0;
    switch (kind) {
    case FailureKind::RateLimit: {
        used = &m_rateLimit;
        limit = kMaxRateLimitRetries;
        static constexpr std::array<double, kMaxRateLimitRetries> base{5, 10, 20, 40};
        if (m_rateLimit < limit) delay = serverDelay ? *serverDelay : base[static_cast<size_t>(m_rateLimit)] * (0.8 + 0.4 * jitter);
        break;
    }
    case FailureKind::ServerError:
        used = &m_server;
        limit = kMaxServerRetries;
        delay = serverDelay ? *serverDelay : 2.0 * (m_server + 1);
        break;
    case FailureKind::Timeout:
    case FailureKind::Connection:
        used = &m_network;
        limit = kMaxNetworkRetries;
        delay = 2.0 * (m_network + 1);
        break;
    }
    if (*used >= limit) return std::nullopt;
    delay = std::max(0.0, delay);
    // A wait longer than what is left of the call's sleep budget is not cut short: the request after it would
    // come before the server asked, or after the budget is spent, so the call stops now with its error.
    if (delay > kMaxTotalSleepSeconds - m_slept) return std::nullopt;
    ++*used;
    m_slept += delay;
    return delay;
}

int RetryBudget::retriesUsed(FailureKind kind) const
{
    switch (kind) {
    case FailureKind::RateLimit: return m_rateLimit;
    case FailureKind::ServerError: return m_server;
    default: return m_network;
    }
}

double retryDelayScale()
{
    return std::max(0.0, envDouble("VALUERANK_RETRY_DELAY_SCALE", 1.0));
}

} // namespace vr::llm
