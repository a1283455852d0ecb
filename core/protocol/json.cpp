#include "protocol/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace vr {
namespace {

// Python's float repr: the shortest digits that round-trip, fixed notation for exponents -4..15,
// otherwise "1e-07" / "1.5e+16"; integral values keep ".0".
void appendPythonFloat(std::string& out, double value)
{
    if (std::isnan(value)) { out += "NaN"; return; }
    if (std::isinf(value)) { out += value > 0 ? "Infinity" : "-Infinity"; return; }
    if (value == 0.0) { out += std::signbit(value) ? "-0.0" : "0.0"; return; }
    char buf[64];
    for (int precision = 0; precision <= 16; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision, value);
        if (std::strtod(buf, nullptr) == value) break;
    }
    const std::string sci = buf; // [-]d[.ddd]e[+-]XX
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exponent = std::atoi(sci.c_str() + ePos + 1);
    const bool negative = mantissa[0] == '-';
    if (negative) mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) if (c != '.') digits += c;
    if (negative) out += '-';
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0.";
            out.append(static_cast<size_t>(-exponent - 1), '0');
            out += digits;
        } else {
            const auto intLen = static_cast<size_t>(exponent) + 1;
            if (digits.size() <= intLen) {
                out += digits;
                out.append(intLen - digits.size(), '0');
                out += ".0";
            } else {
                out += digits.substr(0, intLen);
                out += '.';
                out += digits.substr(intLen);
            }
        }
        return;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1) {
        out += '.';
        out += digits.substr(1);
    }
    char expBuf[16];
    std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += expBuf;
}

void appendEscapedString(std::string& out, const std::string& value)
{
    // Let nlohmann validate/replace UTF-8 and escape non-ASCII, then keep its quoted result.
    out += Json(value).dump(-1, ' ', true, nlohmann::detail::error_handler_t::replace);
}

void appendPython(std::string& out, const Json& v)
{
    switch (v.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            appendEscapedString(out, it.key());
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
        appendEscapedString(out, v.get_ref<const std::string&>());
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
