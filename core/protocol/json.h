#pragma once
// The JSON type of every protocol document: insertion-ordered, so envelopes keep the reference's key order.
#include <nlohmann/json.hpp>
#include <string>

namespace vr {

using Json = nlohmann::ordered_json;

// One document on one line, as Python's json.dumps writes it: non-ASCII escaped as \uXXXX, separators
// ", " and ": ", floats always with a fraction or exponent. Invalid UTF-8 in strings is replaced, never thrown.
std::string dumpPythonStyle(const Json& document);

// Python truthiness (§0.5): null, false, 0, 0.0, "", [] and {} are falsy.
bool isTruthy(const Json& value);

} // namespace vr
