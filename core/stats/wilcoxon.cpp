#include "stats/wilcoxon.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace vr::stats {
namespace {

// A group of equal |d|: how many, and how many of them come from negative d.
struct Magnitude {
    double value;
    std::size_t count = 0, negative = 0;
};

// The groups of equal |d| in ascending order. Differences of decision codes take few distinct values, so they are
// gathered into a small sorted table; past kFewDistinct values, every |d| is sorted instead.
std::vector<Magnitude> magnitudeGroups(std::span<const double> differences)
{
    constexpr std::size_t kFewDistinct = 64;
    std::vector<Magnitude> groups;
    bool few = true;
    for (double d : differences) {
        if (d == 0.0) continue;
        const double m = std::fabs(d);
        auto it = std::lower_bound(groups.begin(), groups.end(), m, [](const Magnitude& g, double v) { return g.value < v; });
        if (it == groups.end() || it->value != m) {
            if (groups.size() == kFewDistinct) {
                few = false;
                break;
            }
            it = groups.insert(it, Magnitude{m});
        }
        ++it->count;
        it->negative += d < 0.0;
    }
    if (few) return groups;
    std::vector<std::pair<double, bool>> all; // |d|, negative
    for (double d : differences)
        if (d != 0.0) all.emplace_back(std::fabs(d), d < 0.0);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    groups.clear();
    for (const auto& [m, negative] : all) {
        if (groups.empty() || groups.back().value != m) groups.push_back(Magnitude{m});
        ++groups.back().count;
        groups.back().negative += negative;
    }
    return groups;
}

} // namespace

std::optional<double> wilcoxonSignedRankP(std::span<const double> differences)
{
    const std::vector<Magnitude> groups = magnitudeGroups(differences);
    if (groups.empty()) return std::nullopt;
    // Each group's members share the average of the ranks they span.
    double rankSumNegative = 0.0, tieTerm = 0.0, below = 0.0;
    for (const Magnitude& g : groups) {
        const double tied = static_cast<double>(g.count);
        rankSumNegative += (below + (tied + 1.0) / 2.0) * static_cast<double>(g.negative);
        tieTerm += tied * tied * tied - tied;
        below += tied;
    }
    const double m = below;
    const double t = std::min(rankSumNegative, m * (m + 1.0) / 2.0 - rankSumNegative);
    const double variance = (m * (m + 1.0) * (2.0 * m + 1.0) - tieTerm / 2.0) / 24.0;
    const double z = (t - m * (m + 1.0) / 4.0) / std::sqrt(variance);
    return std::min(1.0, std::erfc(std::fabs(z) / std::sqrt(2.0)));
}

} // namespace vr::stats
