#include "stats/benjamini_hochberg.h"

#include <algorithm>
#include <numeric>

namespace vr::stats {

std::vector<double> benjaminiHochberg(std::span<const double> pValues)
{
    const std::size_t m = pValues.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(m, 1.0);
    double runningMin = 1.0;
    for (std::size_t rank = m; rank-- > 0;) {
        const std::size_t i = order[rank];
        runningMin = std::min(runningMin, pValues[i] / (static_cast<double>(rank + 1) / static_cast<double>(m)));
        adjusted[i] = runningMin;
    }
    return adjusted;
}

} // namespace vr::stats
