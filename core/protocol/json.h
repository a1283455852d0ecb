#pragma once
// The JSON type of every protocol document: insertion-ordered, so envelopes keep the reference's key order.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace vr {

using Json = nlohmann::ordered_json;

// One document on one line, as Python's json.dumps writes it: non-ASCII escaped as \uXXXX, separators
// ", " and ": ", floats always with a fraction or exponent. Invalid UTF-8 in strings is replaced, never thrown.
std::string dumpPythonStyle(const Json& document);

// Appends Python's float repr (shortest round trip, "1e-07", "3.0"); NaN/Infinity as Python writes them.
void appendPythonFloat(std::string& out, double value);
// Appends a quoted JSON string with every non-ASCII character escaped (ensure_ascii); bad UTF-8 → U+FFFD.
void appendJsonString(std::string& out, std::string_view text);

// Python truthiness (§0.5): null, false, 0, 0.0, "", [] and {} are falsy.
bool isTruthy(const Json& value);

} // namespace vr
