#include "stats/descriptive.h"

#include <cmath>
#include <vector>

namespace vr::stats {
namespace {

// numpy's pairwise_sum_DOUBLE: blocks of 128 with an 8-way unrolled accumulator.
double pairwise(const double* a, std::size_t n)
{
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i) res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; ++j) r[j] = a[j];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j) r[j] += a[i + j];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += a[i];
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(a, n2) + pairwise(a + n2, n - n2);
}

} // namespace

double pairwiseSum(std::span<const double> values)
{
    return pairwise(values.data(), values.size());
}

double mean(std::span<const double> values)
{
    if (values.empty()) return 0.0;
    return pairwiseSum(values) / static_cast<double>(values.size());
}

double variance(std::span<const double> values, int ddof)
{
    const auto n = static_cast<double>(values.size());
    if (n - ddof <= 0) return 0.0;
    const double m = mean(values);
    std::vector<double> squared(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double d = values[i] - m;
        squared[i] = d * d;
    }
    return pairwiseSum(squared) / (n - ddof);
}

double standardDeviation(std::span<const double> values, int ddof)
{
    return std::sqrt(variance(values, ddof));
}

} // namespace vr::stats
