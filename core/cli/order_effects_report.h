#pragma once
// The order effects of a counterbalanced run as `valuerank analyze` prints them (docs/statistics.md,
// "Order effects"); nothing for a run without mirrored answers.
#include "protocol/json.h"

#include <QStringList>

namespace vr::cli {

QStringList orderEffectsReport(const Json& analysis);

} // namespace vr::cli
