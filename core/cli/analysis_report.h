#pragma once
// What `valuerank analyze` prints of an analysis (docs/cli.md): per model the mean with its clustered 95 % interval
// and its group in the compact ranking, the paired differences between models, the smallest difference the run
// detects, agreement and warnings.
#include "protocol/json.h"

#include <QStringList>

namespace vr::cli {

// "p < 0.001" below 0.001, else three significant digits.
QString formatP(double p);
QStringList analysisReport(const Json& analysis);

} // namespace vr::cli
