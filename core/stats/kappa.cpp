#include "stats/kappa.h"

#include <algorithm>
#include <vector>

namespace vr::stats {
namespace {

struct Table {
    std::vector<double> categories;   // sorted union of both raters' codes
    std::vector<double> observed;     // k × k, proportions
    std::vector<double> rowMarginal;  // rater a
    std::vector<double> colMarginal;  // rater b
};

// The sorted distinct codes: a short insertion-sorted list for the usual handful of codes, sort+unique beyond.
std::vector<double> distinctCodes(std::span<const double> a, std::span<const double> b)
{
    std::vector<double> codes;
    bool small = true;
    for (auto values : {a, b}) {
        for (double v : values) {
            auto it = std::lower_bound(codes.begin(), codes.end(), v);
            if (it != codes.end() && *it == v) continue;
            if (codes.size() >= 64) {
                small = false;
                break;
            }
            codes.insert(it, v);
        }
        if (!small) break;
    }
    if (!small) {
        codes.assign(a.begin(), a.end());
        codes.insert(codes.end(), b.begin(), b.end());
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    }
    return codes;
}

std::optional<Table> crossTable(std::span<const double> a, std::span<const double> b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n == 0) return std::nullopt;
    a = a.first(n);
    b = b.first(n);
    Table t;
    t.categories = distinctCodes(a, b);
    const std::size_t k = t.categories.size();
    if (k > 4096) return std::nullopt; // continuous scores: a k × k table would not be a kappa anyway
    auto index = [&](double v) {
        return static_cast<std::size_t>(std::lower_bound(t.categories.begin(), t.categories.end(), v) - t.categories.begin());
    };
    t.observed.assign(k * k, 0.0);
    t.rowMarginal.assign(k, 0.0);
    t.colMarginal.assign(k, 0.0);
    const double w = 1.0 / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = index(a[i]);
        const std::size_t c = index(b[i]);
        t.observed[r * k + c] += w;
        t.rowMarginal[r] += w;
        t.colMarginal[c] += w;
    }
    return t;
}

template <typename Weight>
std::optional<double> weightedKappa(std::span<const double> a, std::span<const double> b, Weight weight)
{
    const auto table = crossTable(a, b);
    if (!table) return std::nullopt;
    const std::size_t k = table->categories.size();
    double observedDisagreement = 0.0, expectedDisagreement = 0.0;
    for (std::size_t r = 0; r < k; ++r)
        for (std::size_t c = 0; c < k; ++c) {
            const double w = weight(table->categories[r], table->categories[c]);
            observedDisagreement += w * table->observed[r * k + c];
            expectedDisagreement += w * table->rowMarginal[r] * table->colMarginal[c];
        }
    if (expectedDisagreement <= 1e-15) return std::nullopt;
    return 1.0 - observedDisagreement / expectedDisagreement;
}

} // namespace

std::optional<double> cohensKappa(std::span<const double> a, std::span<const double> b)
{
    // With 0/1 disagreement weights, 1 − Σw·O/Σw·E equals (p_o − p_e)/(1 − p_e).
    return weightedKappa(a, b, [](double x, double y) { return x == y ? 0.0 : 1.0; });
}

std::optional<double> quadraticWeightedKappa(std::span<const double> a, std::span<const double> b)
{
    return weightedKappa(a, b, [](double x, double y) { return (x - y) * (x - y); });
}

} // namespace vr::stats
