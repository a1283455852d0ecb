#include "llm/retry_policy.h"

#include "protocol/environment.h"
#include "protocol/python_format.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace vr::llm {

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
        const QDateTime when = QDateTime::fromString(QString::fromStdString(text).trimmed(), Qt::RFC2822Date);
        if (when.isValid()) return std::max(0.0, QDateTime::currentDateTimeUtc().msecsTo(when) / 1000.0);
    }
    return std::nullopt;
}

std::optional<double> RetryBudget::nextDelay(FailureKind kind, std::optional<double> serverDelay, double jitter)
{
    double delay = 0.0;
    switch (kind) {
    case FailureKind::RateLimit: {
        if (m_rateLimit >= kMaxRateLimitRetries) return std::nullopt;
        static constexpr std::array<double, kMaxRateLimitRetries> base{5, 10, 20, 40};
        delay = serverDelay ? *serverDelay : base[static_cast<size_t>(m_rateLimit)] * (0.8 + 0.4 * jitter);
        ++m_rateLimit;
        break;
    }
    case FailureKind::ServerError:
        if (m_server >= kMaxServerRetries) return std::nullopt;
        delay = serverDelay ? *serverDelay : 2.0 * (m_server + 1);
        ++m_server;
        break;
    case FailureKind::Timeout:
    case FailureKind::Connection:
        if (m_network >= kMaxNetworkRetries) return std::nullopt;
        delay = 2.0 * (m_network + 1);
        ++m_network;
        break;
    }
    delay = std::clamp(delay, 0.0, std::max(0.0, kMaxTotalSleepSeconds - m_slept));
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
