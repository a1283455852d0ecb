#include "stats/clustered_mean.h"

#include "stats/descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <vector>

namespace vr::stats {

ClusteredMean clusteredMean(std::span<const double> values, std::span<const std::uint32_t> clusterIds, std::uint32_t clusterIdBound)
{
    ClusteredMean r;
    r.n = values.size();
    if (r.n == 0) return r;
    r.mean = mean(values);
    struct Cluster {
        double residualSum = 0.0; // Σ (y − grand mean)
        double sum = 0.0;
        std::size_t count = 0;
    };
    std::vector<Cluster> clusters(clusterIdBound);
    for (std::size_t i = 0; i < r.n; ++i) {
        Cluster& c = clusters[clusterIds[i]];
        c.residualSum += values[i] - r.mean;
        c.sum += values[i];
        ++c.count;
    }
    double meat = 0.0, sumSquaredSizes = 0.0, between = 0.0;
    for (const Cluster& c : clusters) {
        if (c.count == 0) continue;
        ++r.clusters;
        meat += c.residualSum * c.residualSum;
        const double size = static_cast<double>(c.count);
        sumSquaredSizes += size * size;
        const double deviation = c.sum / size - r.mean;
        between += size * deviation * deviation;
    }
    const double n = static_cast<double>(r.n);
    if (r.n >= 2) r.naiveSe = standardDeviation(values, 1) / std::sqrt(n);
    const std::size_t g = r.clusters;
    if (g < 2) return r;
    const double gd = static_cast<double>(g);
    r.se = std::sqrt(gd / (gd - 1.0) * meat) / n;
    const double t = boost::math::quantile(boost::math::students_t(gd - 1.0), 0.975);
    r.ci95 = Interval{r.mean - t * *r.se, r.mean + t * *r.se};
    if (r.naiveSe && *r.naiveSe > 0.0) {
        r.designEffect = (*r.se / *r.naiveSe) * (*r.se / *r.naiveSe);
        if (*r.designEffect != 0.0) r.effectiveN = n / *r.designEffect;
    }
    if (r.n > g) {
        double within = 0.0;
        for (std::size_t i = 0; i < r.n; ++i) {
            const Cluster& c = clusters[clusterIds[i]];
            const double deviation = values[i] - c.sum / static_cast<double>(c.count);
            within += deviation * deviation;
        }
        const double msb = between / (gd - 1.0);
        const double msw = within / (n - gd);
        const double k0 = (n - sumSquaredSizes / n) / (gd - 1.0);
        const double denominator = msb + (k0 - 1.0) * msw;
        if (denominator != 0.0) r.icc = (msb - msw) / denominator;
    }
    return r;
}

} // namespace vr::stats
