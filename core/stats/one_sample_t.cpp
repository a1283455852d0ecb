#include "stats/one_sample_t.h"

#include "stats/descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace vr::stats {

OneSampleT oneSampleT(std::span<const double> values)
{
    OneSampleT r;
    r.n = values.size();
    if (r.n == 0) return r;
    r.mean = mean(values);
    if (r.n < 2) return r;
    const double n = static_cast<double>(r.n);
    const double sd = standardDeviation(values, 1);
    const boost::math::students_t dist(n - 1.0);
    const double se = sd / std::sqrt(n);
    const double half = boost::math::quantile(dist, 0.975) * se;
    r.ci95 = Interval{r.mean - half, r.mean + half};
    if (!(sd > 0.0)) return r;
    r.t = r.mean / se;
    r.pValue = std::clamp(2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(*r.t))), 0.0, 1.0);
    return r;
}

} // namespace vr::stats
