#include "stats/effect_size.h"

#include "stats/descriptive.h"

#include <cmath>

namespace vr::stats {

double cohensD(std::span<const double> a, std::span<const double> b)
{
    if (a.size() < 2 || b.size() < 2) return 0.0;
    const auto n1 = static_cast<double>(a.size());
    const auto n2 = static_cast<double>(b.size());
    const double pooled = std::sqrt(((n1 - 1) * variance(a, 1) + (n2 - 1) * variance(b, 1)) / (n1 + n2 - 2));
    if (pooled == 0.0) return 0.0;
    return (mean(a) - mean(b)) / pooled;
}

std::string_view interpretCohensD(double d)
{
    const double magnitude = std::fabs(d);
    if (magnitude < 0.2) return "negligible";
    if (magnitude < 0.5) return "small";
    if (magnitude < 0.8) return "medium";
    return "large";
}

} // namespace vr::stats
