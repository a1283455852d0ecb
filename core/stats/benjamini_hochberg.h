#pragma once
// Benjamini–Hochberg step-up adjustment of p-values (false discovery rate), monotone, as statsmodels'
// multipletests(p, method='fdr_bh'): p_(i)·m/i, a running minimum from the largest p down, capped at 1.
#include <span>
#include <vector>

namespace vr::stats {

// Adjusted p-values in the input order; ties get identical values.
std::vector<double> benjaminiHochberg(std::span<const double> pValues);

} // namespace vr::stats
