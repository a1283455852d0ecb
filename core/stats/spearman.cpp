#include "stats/spearman.h"

#include "stats/descriptive.h"
#include "stats/ranks.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace vr::stats {

std::optional<double> pearson(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) return std::nullopt;
    const double mx = mean(x.first(n));
    const double my = mean(y.first(n));
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = x[i] - mx;
        const double dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx == 0.0 || syy == 0.0) return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

double correlationPValue(double r, std::size_t n)
{
    if (n < 3) return 1.0;
    const double df = static_cast<double>(n) - 2.0;
    const double denominator = (1.0 + r) * (1.0 - r);
    if (denominator <= 0.0) return 0.0; // |r| = 1: t is infinite
    const double t = r * std::sqrt(std::max(0.0, df / denominator));
    const boost::math::students_t dist(df);
    return std::clamp(2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t))), 0.0, 1.0);
}

Correlation spearmanFromRanks(std::span<const double> xRanks, std::span<const double> yRanks)
{
    const auto r = pearson(xRanks, yRanks);
    if (!r) return {0.0, 1.0};
    return {*r, correlationPValue(*r, std::min(xRanks.size(), yRanks.size()))};
}

Correlation spearman(std::span<const double> x, std::span<const double> y)
{
    const auto rx = averageRanks(x);
    const auto ry = averageRanks(y);
    return spearmanFromRanks(rx, ry);
}

} // namespace vr::stats
