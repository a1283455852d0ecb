#pragma once
// Average-tie ranks (scipy.stats.rankdata 'average'), 1-based, and the tie term Σ(t³ − t).
#include <span>
#include <vector>

namespace vr::stats {

std::vector<double> averageRanks(std::span<const double> values);
// Σ(t³ − t) over the sizes t of the groups of tied values.
double tieSum(std::span<const double> values);

} // namespace vr::stats
