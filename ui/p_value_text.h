#pragma once
// How the workbench writes a p-value: three significant digits in the user's locale, and "< 0.001" below that
// (a p of 0 printed as "0" claims a certainty no test has).
#include <QString>

namespace vr::ui {

// "0.0123", "< 0.001"
QString pValueText(double p);
// "p = 0.0123", "p < 0.001"
QString pValueStatement(double p);

} // namespace vr::ui
