#pragma once
// The Student-t 95 % confidence interval of a mean.
#include "stats/wilson.h"

#include <optional>
#include <span>

namespace vr::stats {

// mean ± t(0.975, n − 1)·s/√n; nullopt for fewer than two values.
std::optional<Interval> meanInterval95(std::span<const double> values);

} // namespace vr::stats
