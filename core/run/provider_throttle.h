#pragma once
// How many calls one provider may have in flight: additive increase while calls succeed, multiplicative
// decrease on a rate limit or when the provider's rate-limit headers say the allowance is running low.
namespace vr::run {

class ProviderThrottle {
public:
    explicit ProviderThrottle(int maxConcurrency);

    bool canStart() const { return m_inFlight < limit(); }
    void started() { ++m_inFlight; }
    void finished() { --m_inFlight; }
    int inFlight() const { return m_inFlight; }
    int limit() const { return static_cast<int>(m_limit); }
    int maxConcurrency() const { return m_max; }

    void onSuccess();      // +1 per window of `limit` successes
    void onRateLimited();  // halve (at least 1)
    // remaining/limit from the provider's headers; under 5 % (or fewer than 2 left) counts as a rate limit.
    void onRateLimitHeaders(long long remaining, long long limit);

private:
    double m_limit;
    int m_max;
    int m_inFlight = 0;
};

} // namespace vr::run
