#include "stats/ranks.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace vr::stats {
namespace {

// Decision scores and dimension levels take a handful of values; counting them is far cheaper than sorting
// a million indices. Gives up (nullopt) past this many distinct values.
constexpr std::size_t kMaxDistinctForCounting = 256;

struct DistinctCounts {
    std::vector<double> values; // sorted
    std::vector<std::size_t> counts;
};

std::optional<DistinctCounts> countDistinct(std::span<const double> values)
{
    DistinctCounts d;
    std::size_t lastIndex = 0;
    for (double v : values) {
        if (!d.values.empty() && d.values[lastIndex] == v) {
            ++d.counts[lastIndex];
            continue;
        }
        auto it = std::lower_bound(d.values.begin(), d.values.end(), v);
        if (it != d.values.end() && *it == v) {
            lastIndex = static_cast<std::size_t>(it - d.values.begin());
            ++d.counts[lastIndex];
            continue;
        }
        if (v != v || d.values.size() == kMaxDistinctForCounting) return std::nullopt; // NaN or too many
        const auto pos = it - d.values.begin();
        d.values.insert(it, v);
        d.counts.insert(d.counts.begin() + pos, 1);
        lastIndex = static_cast<std::size_t>(pos);
    }
    return d;
}

} // namespace

std::vector<double> averageRanks(std::span<const double> values)
{
    const std::size_t n = values.size();
    std::vector<double> ranks(n);
    if (const auto distinct = countDistinct(values)) {
        std::vector<double> rankOf(distinct->values.size());
        std::size_t below = 0;
        for (std::size_t k = 0; k < rankOf.size(); ++k) {
            const std::size_t t = distinct->counts[k];
            rankOf[k] = (static_cast<double>(below + 1) + static_cast<double>(below + t)) / 2.0;
            below += t;
        }
        std::size_t last = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (distinct->values[last] != values[i])
                last = static_cast<std::size_t>(std::lower_bound(distinct->values.begin(), distinct->values.end(), values[i])
                                                - distinct->values.begin());
            ranks[i] = rankOf[last];
        }
        return ranks;
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && values[order[j]] == values[order[i]]) ++j;
        const double average = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k) ranks[order[k]] = average;
        i = j;
    }
    return ranks;
}

double tieSum(std::span<const double> values)
{
    double sum = 0.0;
    auto add = [&sum](std::size_t count) {
        const auto t = static_cast<double>(count);
        sum += t * t * t - t;
    };
    if (const auto distinct = countDistinct(values)) {
        for (std::size_t c : distinct->counts) add(c);
        return sum;
    }
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i + 1;
        while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
        add(j - i);
        i = j;
    }
    return sum;
}

} // namespace vr::stats
