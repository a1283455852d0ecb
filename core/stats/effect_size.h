#pragma once
// Cohen's d with the pooled sample standard deviation, and its conventional interpretation.
#include <span>
#include <string_view>

namespace vr::stats {

// (mean₁ − mean₂) / pooled s; 0 when either group has fewer than two values or the pooled s is 0.
double cohensD(std::span<const double> a, std::span<const double> b);
// |d| < 0.2 negligible, < 0.5 small, < 0.8 medium, otherwise large.
std::string_view interpretCohensD(double d);

} // namespace vr::stats
