#include "stats/holm.h"

#include <algorithm>
#include <numeric>

namespace vr::stats {

HolmCorrection holmBonferroni(std::span<const double> pValues, double alpha)
{
    const std::size_t m = pValues.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    HolmCorrection result;
    result.adjusted.assign(m, 1.0);
    result.significant.assign(m, false);
    double runningMax = 0.0;
    bool stillRejecting = true;
    for (std::size_t rank = 0; rank < m; ++rank) {
        const std::size_t i = order[rank];
        const double factor = static_cast<double>(m - rank);
        runningMax = std::max(runningMax, std::min(pValues[i] * factor, 1.0));
        result.adjusted[i] = runningMax;
        stillRejecting = stillRejecting && pValues[i] <= alpha / factor;
        result.significant[i] = stillRejecting;
    }
    return result;
}

} // namespace vr::stats
