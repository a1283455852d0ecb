#pragma once
// When a failed provider call is tried again, and after how long (docs/worker-protocol.md):
// rate limits up to 4 retries (Retry-After / retry-after-ms, else 5, 10, 20, 40 s ±20 %), 500/502/503/504/529 up
// to 2 retries after 2 and 4 s, timeouts and connection failures up to 2 retries after 2 and 4 s; never more
// than 240 s of sleeping per call, so an orchestrator's 300 s limit never kills a worker before it reports.
#include <optional>
#include <string>
#include <string_view>

namespace vr::llm {

enum class FailureKind { RateLimit, ServerError, Timeout, Connection };

inline constexpr int kMaxRateLimitRetries = 4;
inline constexpr int kMaxServerRetries = 2;
inline constexpr int kMaxNetworkRetries = 2;
inline constexpr double kMaxTotalSleepSeconds = 240.0;

// A rate limit: status 429, or any status ≥ 400 whose body (first 500 characters) names one (the reference, docs/worker-protocol.md).
bool isRateLimitResponse(int status, std::string_view body);
// 500, 502, 503, 504 and 529 (Anthropic's "overloaded") are worth another try.
bool isRetryableServerStatus(int status);
// Retry-After in seconds or as an HTTP date, or retry-after-ms; nullopt when neither is usable.
std::optional<double> retryAfterSeconds(std::string_view retryAfter, std::string_view retryAfterMs);

class RetryBudget {
public:
    // The delay before the next try, or nullopt when this kind of failure has used its retries.
    // `jitter` in [0, 1) spreads rate-limit delays by ±20 %; `serverDelay` overrides the computed one.
    std::optional<double> nextDelay(FailureKind kind, std::optional<double> serverDelay, double jitter);
    int retriesUsed(FailureKind kind) const;
    double sleptSeconds() const { return m_slept; }

private:
    int m_rateLimit = 0, m_server = 0, m_network = 0;
    double m_slept = 0.0;
};

// VALUERANK_RETRY_DELAY_SCALE: multiplies every actual sleep (0 in tests); budgets count unscaled seconds.
double retryDelayScale();

} // namespace vr::llm
