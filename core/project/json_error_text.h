#pragma once
// Why a text is not valid JSON, in the words of someone who edits the file rather than of the parser library:
// "Line 2, column 14: the JSON is not valid here (expected ',' or '}')", never "[json.exception.parse_error.101]".
// The place is where the unexpected token starts (a quoted text at its opening quote), the character the parser
// could not read, or, for a text cut short, just after its last character.
#include <string>

namespace vr::project {

// For a text that nlohmann::json refuses to parse; "" when it parses after all.
std::string describeInvalidJson(const std::string& text);

} // namespace vr::project
