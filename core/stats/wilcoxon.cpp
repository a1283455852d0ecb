#include "stats/wilcoxon.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace vr::stats {

std::optional<double> wilcoxonSignedRankP(std::span<const double> differences)
{
    // Every nonzero |d| and, apart, the |d| of the negative ones: after sorting both, one pass over the groups of
    // equal |d| gives each group's average rank and how many of its members are negative.
    std::vector<double> magnitudes, negativeMagnitudes;
    magnitudes.reserve(differences.size());
    for (double d : differences) {
        if (d == 0.0) continue;
        magnitudes.push_back(std::fabs(d));
        if (d < 0.0) negativeMagnitudes.push_back(-d);
    }
    if (magnitudes.empty()) return std::nullopt;
    std::sort(magnitudes.begin(), magnitudes.end());
    std::sort(negativeMagnitudes.begin(), negativeMagnitudes.end());
    const std::size_t m = magnitudes.size();
    double rankSumNegative = 0.0, tieTerm = 0.0;
    std::size_t negative = 0;
    for (std::size_t first = 0, end = 0; first < m; first = end) {
        while (end < m && magnitudes[end] == magnitudes[first]) ++end;
        const double tied = static_cast<double>(end - first);
        const double averageRank = (static_cast<double>(first + 1) + static_cast<double>(end)) / 2.0;
        std::size_t negativeHere = 0;
        for (; negative < negativeMagnitudes.size() && negativeMagnitudes[negative] == magnitudes[first]; ++negative) ++negativeHere;
        rankSumNegative += averageRank * static_cast<double>(negativeHere);
        tieTerm += tied * tied * tied - tied;
    }
    const double md = static_cast<double>(m);
    const double t = std::min(rankSumNegative, md * (md + 1.0) / 2.0 - rankSumNegative);
    const double variance = (md * (md + 1.0) * (2.0 * md + 1.0) - tieTerm / 2.0) / 24.0;
    const double z = (t - md * (md + 1.0) / 4.0) / std::sqrt(variance);
    return std::min(1.0, std::erfc(std::fabs(z) / std::sqrt(2.0)));
}

} // namespace vr::stats
