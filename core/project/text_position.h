#pragma once
// Where something is in a text file, as an editor shows it: "Line 7, column 3" (both counted from 1, columns in
// characters, not bytes).
#include <cstddef>
#include <string>

namespace vr::project {

struct TextPosition {
    int line = 1;
    int column = 1;
};

// The line and column of the byte at `offset` (0-based) in UTF-8 `text`; an offset past the end is the place just
// after the last character.
TextPosition positionOfByte(const std::string& text, std::size_t offset);

// "Line 7, column 3: <what>" — how file errors start.
std::string atPosition(TextPosition position, const std::string& what);

} // namespace vr::project
