#include "analysis/compact_ranking.h"

#include <algorithm>
#include <numeric>

namespace vr::analysis {
namespace {

// a … z, then aa, ab, … for very many groups.
std::string letterOf(std::size_t group)
{
    std::string name;
    do {
        name.insert(name.begin(), static_cast<char>('a' + group % 26));
        group = group / 26;
    } while (group-- > 0);
    return name;
}

} // namespace

std::vector<RankedModel> compactRanking(const std::vector<double>& means, const std::function<bool(std::size_t, std::size_t)>& differ)
{
    const std::size_t n = means.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return means[a] > means[b]; });
    std::vector<RankedModel> ranked(n);
    for (std::size_t i = 0; i < n; ++i) ranked[i].index = order[i];
    // end[i]: one past the last neighbour j such that no pair within [i, j] differs.
    std::size_t group = 0, previousEnd = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t end = i + 1;
        for (; end < n; ++end) {
            bool fits = true;
            for (std::size_t k = i; k < end && fits; ++k) fits = !differ(order[k], order[end]);
            if (!fits) break;
        }
        if (end <= previousEnd) continue; // inside the previous run: not maximal
        const std::string letter = letterOf(group++);
        for (std::size_t k = i; k < end; ++k) ranked[k].letters += letter;
        previousEnd = end;
    }
    return ranked;
}

} // namespace vr::analysis
