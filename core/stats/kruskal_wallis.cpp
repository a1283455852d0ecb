#include "stats/kruskal_wallis.h"

#include "stats/descriptive.h"
#include "stats/ranks.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <algorithm>
#include <vector>

namespace vr::stats {

std::optional<KruskalWallis> kruskalWallisFromRanks(std::span<const double> ranks, double tieTotal,
                                                     std::span<const int> groupOf, int groupCount)
{
    if (groupCount < 2) return std::nullopt;
    const auto n = static_cast<double>(ranks.size());
    std::vector<double> rankSum(static_cast<std::size_t>(groupCount), 0.0);
    std::vector<double> groupSize(static_cast<std::size_t>(groupCount), 0.0);
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        rankSum[static_cast<std::size_t>(groupOf[i])] += ranks[i];
        groupSize[static_cast<std::size_t>(groupOf[i])] += 1.0;
    }
    const double ties = 1.0 - tieTotal / (n * n * n - n);
    if (ties == 0.0) return std::nullopt;
    double ssbn = 0.0;
    for (int g = 0; g < groupCount; ++g)
        if (groupSize[static_cast<std::size_t>(g)] > 0)
            ssbn += rankSum[static_cast<std::size_t>(g)] * rankSum[static_cast<std::size_t>(g)] / groupSize[static_cast<std::size_t>(g)];
    double h = 12.0 / (n * (n + 1.0)) * ssbn - 3.0 * (n + 1.0);
    h /= ties;
    const boost::math::chi_squared dist(static_cast<double>(groupCount - 1));
    const double p = h <= 0.0 ? 1.0 : boost::math::cdf(boost::math::complement(dist, h));
    return KruskalWallis{h, std::clamp(p, 0.0, 1.0)};
}

std::optional<KruskalWallis> kruskalWallis(std::span<const double> values, std::span<const int> groupOf, int groupCount)
{
    if (groupCount < 2) return std::nullopt;
    return kruskalWallisFromRanks(averageRanks(values), tieSum(values), groupOf, groupCount);
}

double etaSquared(std::span<const double> values, std::span<const int> groupOf, int groupCount)
{
    const double grand = mean(values);
    double ssTotal = 0.0;
    std::vector<double> sum(static_cast<std::size_t>(groupCount), 0.0);
    std::vector<double> count(static_cast<std::size_t>(groupCount), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double d = values[i] - grand;
        ssTotal += d * d;
        sum[static_cast<std::size_t>(groupOf[i])] += values[i];
        count[static_cast<std::size_t>(groupOf[i])] += 1.0;
    }
    if (ssTotal == 0.0) return 0.0;
    double ssBetween = 0.0;
    for (std::size_t g = 0; g < sum.size(); ++g) {
        if (count[g] == 0) continue;
        const double d = sum[g] / count[g] - grand;
        ssBetween += count[g] * d * d;
    }
    return ssBetween / ssTotal;
}

} // namespace vr::stats
