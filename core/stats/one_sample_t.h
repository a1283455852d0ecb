#pragma once
// Student's one-sample t test of a mean against 0 (scipy.stats.ttest_1samp, two-sided) with its 95 % interval:
// the paired comparison of two models is this test on their per-scenario differences (docs/statistics.md).
#include "stats/mean_interval.h"

#include <optional>
#include <span>

namespace vr::stats {

struct OneSampleT {
    std::size_t n = 0;
    double mean = 0.0;
    std::optional<Interval> ci95;   // null when n < 2; [mean, mean] when every value is equal
    std::optional<double> t, pValue; // null when n < 2 or the standard deviation is 0
};

OneSampleT oneSampleT(std::span<const double> values);

} // namespace vr::stats
