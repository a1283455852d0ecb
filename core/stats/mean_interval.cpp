#include "stats/mean_interval.h"

#include "stats/descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace vr::stats {

std::optional<Interval> meanInterval95(std::span<const double> values)
{
    if (values.size() < 2) return std::nullopt;
    const auto n = static_cast<double>(values.size());
    const double m = mean(values);
    const double s = standardDeviation(values, 1);
    const boost::math::students_t dist(n - 1.0);
    const double t = boost::math::quantile(dist, 0.975);
    const double half = t * s / std::sqrt(n);
    return Interval{m - half, m + half};
}

} // namespace vr::stats
