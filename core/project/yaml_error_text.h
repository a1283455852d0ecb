#pragma once
// Why a text is not valid YAML, in the words of someone who edits the file: yaml-cpp's "illegal map value" at
// line 6, column 2 (from 0) becomes "Line 7, column 3: a mapping value is not allowed here (…)".
#include <string>

namespace vr::project {

// yaml-cpp's exception message and mark in `text`; a negative line means yaml-cpp named no place.
std::string describeYamlError(const std::string& text, const std::string& message, int zeroBasedLine, int zeroBasedColumn);

} // namespace vr::project
