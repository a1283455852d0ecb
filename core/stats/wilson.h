#pragma once
// The Wilson score interval of a proportion at the 95 % level (the only level the analysis uses).
#include <optional>

namespace vr::stats {

struct Interval {
    double lower = 0.0;
    double upper = 1.0;
};

// successes out of trials; nullopt where the reference raises (trials ≤ 0, successes outside [0, trials]).
// Bounds are clamped to [0, 1] and not rounded.
std::optional<Interval> wilsonInterval95(double successes, double trials);

} // namespace vr::stats
