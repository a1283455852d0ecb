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

namespace {

// Decodes the code point starting at text[i] and its length (malformed bytes count as one code point each).
unsigned decodeAt(std::string_view text, size_t i, size_t& length)
{
    const auto c = static_cast<unsigned char>(text[i]);
    auto cont = [&](size_t k) { return i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80; };
    auto byte = [&](size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(text[i + k]) & 0x3F); };
    if (c < 0x80) { length = 1; return c; }
    if ((c & 0xE0) == 0xC0 && cont(1)) { length = 2; return ((c & 0x1Fu) << 6) | byte(1); }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) { length = 3; return ((c & 0x0Fu) << 12) | (byte(1) << 6) | byte(2); }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        length = 4;
        return ((c & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
    }
    length = 1;
    return 0xFFFD;
}

bool isPythonSpace(unsigned cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

} // namespace

std::string pyStrip(std::string_view text)
{
    size_t begin = 0;
    while (begin < text.size()) {
        size_t length = 0;
        if (!isPythonSpace(decodeAt(text, begin, length))) break;
        begin += length;
    }
    size_t end = begin;
    size_t lastNonSpaceEnd = begin;
    while (end < text.size()) {
        size_t length = 0;
        const unsigned cp = decodeAt(text, end, length);
        end += length;
        if (!isPythonSpace(cp)) lastNonSpaceEnd = end;
    }
    return std::string(text.substr(begin, lastNonSpaceEnd - begin));
}

size_t codePointCount(std::string_view text)
{
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++count) {
        size_t length = 0;
        decodeAt(text, i, length);
        i += length;
    }
    return count;
}

std::string codePointPrefix(std::string_view text, size_t count)
{
    size_t i = 0;
    for (size_t n = 0; n < count && i < text.size(); ++n) {
        size_t length = 0;
        decodeAt(text, i, length);
        i += length;
    }
    return std::string(text.substr(0, i));
}

long long epochMillisNow()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace vr
