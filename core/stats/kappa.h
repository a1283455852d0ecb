#pragma once
// Cohen's kappa between two raters' codes on the same items: unweighted, and with quadratic weights (for an
// ordinal scale such as decision codes 1–5, where 1 vs 5 is a worse disagreement than 4 vs 5).
#include <optional>
#include <span>

namespace vr::stats {

// nullopt when there are no items or chance agreement is complete (the statistic is undefined).
std::optional<double> cohensKappa(std::span<const double> a, std::span<const double> b);
// Weights (a − b)² on the codes' own values.
std::optional<double> quadraticWeightedKappa(std::span<const double> a, std::span<const double> b);

} // namespace vr::stats
