#include "stats/kappa.h"

#include <algorithm>

namespace vr::stats {

std::optional<std::vector<double>> distinctCategories(std::span<const double> values, std::size_t maxCategories)
{
    std::vector<double> codes;
    double last = 0.0;
    bool haveLast = false;
    for (double v : values) {
        if (haveLast && v == last) continue;
        auto it = std::lower_bound(codes.begin(), codes.end(), v);
        if (it == codes.end() || *it != v) {
            if (v != v || codes.size() >= maxCategories) return std::nullopt;
            codes.insert(it, v);
        }
        last = v;
        haveLast = true;
    }
    return codes;
}

Kappas cohensKappasFromIndices(std::span<const std::uint16_t> a, std::span<const std::uint16_t> b,
                               std::span<const double> categories)
{
    const std::size_t n = std::min(a.size(), b.size());
    const std::size_t k = categories.size();
    if (n == 0 || k == 0) return {};
    std::vector<std::uint64_t> table(k * k, 0), rows(k, 0), cols(k, 0);
    for (std::size_t i = 0; i < n; ++i) {
        ++table[a[i] * k + b[i]];
        ++rows[a[i]];
        ++cols[b[i]];
    }
    const double total = static_cast<double>(n);
    double observedUnweighted = 0, expectedUnweighted = 0, observedQuadratic = 0, expectedQuadratic = 0;
    for (std::size_t r = 0; r < k; ++r)
        for (std::size_t c = 0; c < k; ++c) {
            const double observed = static_cast<double>(table[r * k + c]) / total;
            const double expected = (static_cast<double>(rows[r]) / total) * (static_cast<double>(cols[c]) / total);
            const double w1 = r == c ? 0.0 : 1.0;
            const double diff = categories[r] - categories[c];
            const double w2 = diff * diff;
            observedUnweighted += w1 * observed;
            expectedUnweighted += w1 * expected;
            observedQuadratic += w2 * observed;
            expectedQuadratic += w2 * expected;
        }
    // 1 − Σw·O / Σw·E; with 0/1 weights this equals (p_o − p_e)/(1 − p_e).
    Kappas result;
    if (expectedUnweighted > 1e-15) result.unweighted = 1.0 - observedUnweighted / expectedUnweighted;
    if (expectedQuadratic > 1e-15) result.quadratic = 1.0 - observedQuadratic / expectedQuadratic;
    return result;
}

Kappas cohensKappas(std::span<const double> a, std::span<const double> b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::vector<double> both(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n));
    both.insert(both.end(), b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n));
    // A table of more than 4096 codes is not a kappa of anything (continuous scores).
    const auto categories = distinctCategories(both, 4096);
    if (!categories || n == 0) return {};
    auto index = [&](double v) {
        return static_cast<std::uint16_t>(std::lower_bound(categories->begin(), categories->end(), v) - categories->begin());
    };
    std::vector<std::uint16_t> ia(n), ib(n);
    for (std::size_t i = 0; i < n; ++i) {
        ia[i] = index(a[i]);
        ib[i] = index(b[i]);
    }
    return cohensKappasFromIndices(ia, ib, *categories);
}

} // namespace vr::stats
