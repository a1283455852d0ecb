#pragma once
// numpy-compatible mean, variance and standard deviation: numpy sums with pairwise summation, and so do we,
// so results agree with the reference to the last bit, which matters at exact rounding boundaries.
#include <cstddef>
#include <span>

namespace vr::stats {

double pairwiseSum(std::span<const double> values);
// numpy.mean; 0.0 for no values (the reference guards every empty case before calling it).
double mean(std::span<const double> values);
// numpy.var(ddof): Σ(x − mean)² / (n − ddof); 0.0 when n − ddof ≤ 0.
double variance(std::span<const double> values, int ddof);
double standardDeviation(std::span<const double> values, int ddof);

} // namespace vr::stats
