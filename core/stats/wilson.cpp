#include "stats/wilson.h"

#include <algorithm>
#include <cmath>

namespace vr::stats {

std::optional<Interval> wilsonInterval95(double successes, double trials)
{
    if (trials <= 0 || successes < 0 || successes > trials) return std::nullopt;
    constexpr double z = 1.959963984540054; // norm.ppf(0.975)
    const double p = successes / trials;
    const double denom = 1.0 + z * z / trials;
    const double centre = (p + z * z / (2.0 * trials)) / denom;
    const double margin = (z / denom) * std::sqrt(p * (1.0 - p) / trials + z * z / (4.0 * trials * trials));
    return Interval{std::max(0.0, centre - margin), std::min(1.0, centre + margin)};
}

} // namespace vr::stats
