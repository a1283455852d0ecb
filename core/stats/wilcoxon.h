#pragma once
// The Wilcoxon signed-rank test of paired differences, two-sided, as
// scipy.stats.wilcoxon(d, zero_method='wilcox', correction=False, method='approx'): zeros dropped, average ranks
// of |d| for ties, T = min(R+, R−), normal approximation with the tie correction and no continuity correction.
#include <optional>
#include <span>

namespace vr::stats {

// Null when every difference is 0 (or there are none).
std::optional<double> wilcoxonSignedRankP(std::span<const double> differences);

} // namespace vr::stats
