#pragma once
// Number and time formats the reference inherits from Python (reference-behaviour.md §0.3, §0.4).
#include <chrono>
#include <string>

namespace vr {

// Python's round(x, digits): correctly rounded on the exact binary value, exact ties to even.
// 2.125 → 2.12, 2.375 → 2.38, 0.0078125 → 0.007812.
double pyRound(double value, int digits);

// datetime.isoformat() in UTC: YYYY-MM-DDTHH:MM:SS.ffffff+00:00, the fraction left out when it is zero.
std::string isoTimestamp(std::chrono::system_clock::time_point when);
std::string isoTimestampNow();

// Milliseconds since the Unix epoch, for log lines.
long long epochMillisNow();

} // namespace vr
