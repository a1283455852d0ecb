#include "protocol/json.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace vr {
namespace {

// Python's float repr: the shortest digits that round-trip, fixed notation for exponents -4..15,
// otherwise "1e-07" / "1.5e+16"; integral values keep ".0".
} // namespace

void appendPythonFloat(std::string& out, double value)
{
    if (std::isnan(value)) { out += "NaN"; return; }
    if (std::isinf(value)) { out += value > 0 ? "Infinity" : "-Infinity"; return; }
    if (value == 0.0) { out += std::signbit(value) ? "-0.0" : "0.0"; return; }
    // Shortest round-trip digits (Ryu, via to_chars), then laid out the way Python's repr does.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<size_t>(result.ptr - buf)); // [-]d[.ddd]e[+-]XX
    const auto ePos = sci.find('e');
    std::string_view mantissa = sci.substr(0, ePos);
    const int exponent = std::atoi(std::string(sci.substr(ePos + 1)).c_str());
    if (mantissa.front() == '-') {
        out += '-';
        mantissa.remove_prefix(1);
    }
    char digits[32];
    size_t digitCount = 0;
    for (char c : mantissa)
        if (c != '.') digits[digitCount++] = c;
    const std::string_view d(digits, digitCount);
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0.";
            out.append(static_cast<size_t>(-exponent - 1), '0');
            out += d;
        } else {
            const auto intLen = static_cast<size_t>(exponent) + 1;
            if (d.size() <= intLen) {
                out += d;
                out.append(intLen - d.size(), '0');
                out += ".0";
            } else {
                out += d.substr(0, intLen);
                out += '.';
                out += d.substr(intLen);
            }
        }
        return;
    }
    out += d.substr(0, 1);
    if (d.size() > 1) {
        out += '.';
        out += d.substr(1);
    }
    char expBuf[16];
    std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += expBuf;
}

namespace {

void appendPython(std::string& out, const Json& v)
{
    switch (v.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            appendJsonString(out, it.key());
            out += ": ";
            appendPython(out, it.value());
        }
        out += '}';
        break;
    }
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& item : v) {
            if (!first) out += ", ";
            first = false;
            appendPython(out, item);
        }
        out += ']';
        break;
    }
    case Json::value_t::string:
        appendJsonString(out, v.get_ref<const std::string&>());
        break;
    case Json::value_t::number_float:
        appendPythonFloat(out, v.get<double>());
        break;
    default:
        out += v.dump();
        break;
    }
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    static const char* hex = "0123456789abcdef";
    auto escapeUnit = [&](unsigned unit) {
        out += "\\u";
        out += hex[(unit >> 12) & 0xF];
        out += hex[(unit >> 8) & 0xF];
        out += hex[(unit >> 4) & 0xF];
        out += hex[unit & 0xF];
    };
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned char* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
        if (p > run) out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
        if (p == end) break;
        const unsigned char c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) escapeUnit(c);
                else out += static_cast<char>(c);
            }
            ++p;
            continue;
        }
        // Decode one UTF-8 sequence; anything malformed becomes U+FFFD.
        unsigned codePoint = 0xFFFD;
        int length = 1;
        if ((c & 0xE0) == 0xC0 && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            codePoint = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            length = codePoint >= 0x80 ? 2 : 1;
            if (length == 1) codePoint = 0xFFFD;
        } else if ((c & 0xF0) == 0xE0 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            codePoint = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            length = (codePoint >= 0x800 && (codePoint < 0xD800 || codePoint > 0xDFFF)) ? 3 : 1;
            if (length == 1) codePoint = 0xFFFD;
        } else if ((c & 0xF8) == 0xF0 && end - p >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
                   && (p[3] & 0xC0) == 0x80) {
            codePoint = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
            length = (codePoint >= 0x10000 && codePoint <= 0x10FFFF) ? 4 : 1;
            if (length == 1) codePoint = 0xFFFD;
        }
        if (codePoint >= 0x10000) {
            const unsigned v = codePoint - 0x10000;
            escapeUnit(0xD800 + (v >> 10));
            escapeUnit(0xDC00 + (v & 0x3FF));
        } else {
            escapeUnit(codePoint);
        }
        p += length;
    }
    out += '"';
}

std::string dumpPythonStyle(const Json& document)
{
    std::string out;
    out.reserve(256);
    appendPython(out, document);
    return out;
}

bool isTruthy(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null: return false;
    case Json::value_t::boolean: return value.get<bool>();
    case Json::value_t::number_integer: return value.get<std::int64_t>() != 0;
    case Json::value_t::number_unsigned: return value.get<std::uint64_t>() != 0;
    case Json::value_t::number_float: return value.get<double>() != 0.0;
    case Json::value_t::string: return !value.get_ref<const std::string&>().empty();
    case Json::value_t::array:
    case Json::value_t::object: return !value.empty();
    default: return true;
    }
}

} // namespace vr
