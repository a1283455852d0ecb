#pragma once
// Holm's step-down correction for multiple comparisons.
#include <span>
#include <vector>

namespace vr::stats {

struct HolmCorrection {
    std::vector<double> adjusted;  // monotone: a running maximum over the sorted p-values, capped at 1
    std::vector<bool> significant; // p ≤ α/(m − rank), and false after the first rank that is not
};

// Ties keep their input order (stable sort), as the reference does.
HolmCorrection holmBonferroni(std::span<const double> pValues, double alpha = 0.05);

} // namespace vr::stats
