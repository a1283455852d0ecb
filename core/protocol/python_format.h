#pragma once
// Number and time formats the reference inherits from Python (docs/worker-protocol.md).
#include <chrono>
#include <string>
#include <string_view>

namespace vr {

// Python's round(x, digits): correctly rounded on the exact binary value, exact ties to even.
// 2.125 → 2.12, 2.375 → 2.38, 0.0078125 → 0.007812.
double pyRound(double value, int digits);

// datetime.isoformat() in UTC: YYYY-MM-DDTHH:MM:SS.ffffff+00:00, the fraction left out when it is zero.
std::string isoTimestamp(std::chrono::system_clock::time_point when);
std::string isoTimestampNow();

// Python's str.strip(): removes leading and trailing Unicode whitespace from UTF-8 text.
std::string pyStrip(std::string_view text);
// Python's len() of a str: the number of code points in UTF-8 text.
size_t codePointCount(std::string_view text);
// The first `count` code points of UTF-8 text (Python's text[:count]).
std::string codePointPrefix(std::string_view text, size_t count);

// Milliseconds since the Unix epoch, for log lines.
long long epochMillisNow();

} // namespace vr
