#include "run/provider_throttle.h"

#include <algorithm>

namespace vr::run {

ProviderThrottle::ProviderThrottle(int maxConcurrency) : m_limit(std::max(1, maxConcurrency)), m_max(std::max(1, maxConcurrency))
{
}

void ProviderThrottle::onSuccess()
{
    m_limit = std::min<double>(m_max, m_limit + 1.0 / m_limit);
}

void ProviderThrottle::onRateLimited()
{
    m_limit = std::max(1.0, static_cast<double>(static_cast<int>(m_limit / 2.0)));
}

void ProviderThrottle::onRateLimitHeaders(long long remaining, long long limit)
{
    const bool low = remaining < 2 || (limit > 0 && remaining * 20 < limit);
    if (low) onRateLimited();
}

} // namespace vr::run
