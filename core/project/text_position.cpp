#include "project/text_position.h"

#include <algorithm>

namespace vr::project {

TextPosition positionOfByte(const std::string& text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition position;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // a UTF-8 continuation byte belongs to the character before it
            ++position.column;
        }
    }
    return position;
}

std::string atPosition(TextPosition position, const std::string& what)
{
    return "Line " + std::to_string(position.line) + ", column " + std::to_string(position.column) + ": " + what;
}

} // namespace vr::project
