#pragma once
// The order effect of a counterbalanced run, per model and paired by scenario: how far answers move toward the
// option shown first, its 95 % t interval and p over scenarios, the flip rate and the direction-balanced mean
// (formulas: docs/statistics.md, "Order effects").
#include "protocol/json.h"

#include <string>
#include <vector>

namespace vr::run {

// One decision of a counterbalanced run; a mirror's code is already recoded (6 − code) to the original's scale.
struct OrderObservation {
    std::string model;
    int scenario = 0; // the original scenario's index
    bool mirrored = false;
    double code = 0.0;
};

// [{model, scenarios, effect, ci95: {lower, upper} | null, pValue | null, flipRate, balancedMean}], one entry per
// model (in order of first appearance) with at least one scenario answered both ways; scenarios answered only
// one way are left out.
Json orderEffects(const std::vector<OrderObservation>& observations);

} // namespace vr::run
