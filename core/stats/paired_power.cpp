#include "stats/paired_power.h"

#include <boost/math/distributions/non_central_t.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace vr::stats {

double pairedTPower(double delta, double sd, std::size_t g, double alpha)
{
    if (g < 2) return 0.0;
    const double df = static_cast<double>(g - 1);
    const double critical = boost::math::quantile(boost::math::complement(boost::math::students_t(df), alpha / 2.0));
    if (!(sd > 0.0)) return delta != 0.0 ? 1.0 : alpha;
    const double ncp = std::fabs(delta) * std::sqrt(static_cast<double>(g)) / sd;
    const boost::math::non_central_t dist(df, ncp);
    return boost::math::cdf(boost::math::complement(dist, critical)) + boost::math::cdf(dist, -critical);
}

std::optional<std::size_t> pairedTUnitsFor(double delta, double sd, double alpha, double power, std::size_t maxG)
{
    if (delta == 0.0 || !std::isfinite(delta) || !std::isfinite(sd)) return std::nullopt;
    if (pairedTPower(delta, sd, 2, alpha) >= power) return 2;
    std::size_t low = 2, high = 4; // power(low) < target
    while (pairedTPower(delta, sd, high, alpha) < power) {
        low = high;
        if (high >= maxG) return std::nullopt;
        high = std::min(high * 2, maxG);
    }
    while (high - low > 1) {
        const std::size_t middle = low + (high - low) / 2;
        (pairedTPower(delta, sd, middle, alpha) >= power ? high : low) = middle;
    }
    return high;
}

std::optional<double> pairedTDetectableDifference(double sd, std::size_t g, double alpha, double power)
{
    if (g < 2 || !std::isfinite(sd)) return std::nullopt;
    if (!(sd > 0.0)) return 0.0;
    double low = 0.0, high = sd;
    while (pairedTPower(high, sd, g, alpha) < power) {
        high *= 2.0;
        if (high > 1e6 * sd) return std::nullopt;
    }
    for (int i = 0; i < 100 && high - low > 1e-10 * sd; ++i) {
        const double middle = (low + high) / 2.0;
        (pairedTPower(middle, sd, g, alpha) >= power ? high : low) = middle;
    }
    return high;
}

} // namespace vr::stats
