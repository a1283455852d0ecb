#pragma once
// Power of the two-sided paired t test and the sample size that reaches a target power (docs/statistics.md,
// "Planning a study"): with G paired units whose differences have standard deviation σ, a true mean difference δ
// gives the noncentral t with G − 1 degrees of freedom and noncentrality δ·√G/σ.
#include <cstddef>
#include <optional>

namespace vr::stats {

// P(reject H0: mean difference 0 | true difference delta), two-sided level alpha; G ≥ 2.
double pairedTPower(double delta, double sd, std::size_t g, double alpha);
// The smallest G (≥ 2) with power ≥ target, or nullopt when none up to maxG reaches it (δ = 0, say).
std::optional<std::size_t> pairedTUnitsFor(double delta, double sd, double alpha, double power, std::size_t maxG = 10'000'000);
// The smallest |δ| that G units detect with the given power: the minimum detectable difference.
std::optional<double> pairedTDetectableDifference(double sd, std::size_t g, double alpha, double power);

} // namespace vr::stats
