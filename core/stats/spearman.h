#pragma once
// Spearman's ρ with its two-sided p-value, as scipy.stats.spearmanr: the Pearson correlation of average-tie
// ranks, p from Student's t with n − 2 degrees of freedom. A constant input (NaN in scipy) gives ρ 0, p 1.
#include <optional>
#include <span>

namespace vr::stats {

struct Correlation {
    double rho = 0.0;
    double pValue = 1.0;
};

// Pearson's r, or nullopt when either input is constant or there are fewer than two points.
std::optional<double> pearson(std::span<const double> x, std::span<const double> y);
// Two-sided p of a correlation r over n points: 2·t.sf(|t|, n − 2) with t = r·√((n−2)/((1+r)(1−r))).
double correlationPValue(double r, std::size_t n);
Correlation spearman(std::span<const double> x, std::span<const double> y);
// Spearman from ranks already computed (the analysis ranks each model's scores once for all its pairs).
Correlation spearmanFromRanks(std::span<const double> xRanks, std::span<const double> yRanks);

} // namespace vr::stats
