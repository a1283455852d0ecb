#include "protocol/python_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace vr {

double pyRound(double value, int digits)
{
    if (!std::isfinite(value)) return value;
    // Integral values (most means of integer scores) are already rounded at any number of places.
    if (std::fabs(value) < 1e15 && value == std::trunc(value)) return value;
    // glibc prints the exact binary value rounded half-to-even, which is exactly what Python's round does.
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", digits, value);
    return std::strtod(buf, nullptr);
}

std::string isoTimestamp(std::chrono::system_clock::time_point when)
{
    using namespace std::chrono;
    const auto micros = duration_cast<microseconds>(when.time_since_epoch()).count();
    long long seconds = micros / 1000000;
    long long fraction = micros % 1000000;
    if (fraction < 0) {
        fraction += 1000000;
        --seconds;
    }
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    if (fraction == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lld+00:00", tm.tm_year + 1900,
                      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, fraction);
    }
    return buf;
}

std::string isoTimestampNow()
{
    return isoTimestamp(std::chrono::system_clock::now());
}

long long epochMillisNow()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace vr
