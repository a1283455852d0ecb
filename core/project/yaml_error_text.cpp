#include "project/yaml_error_text.h"

#include "project/text_position.h"

#include <yaml-cpp/exceptions.h>

namespace vr::project {
namespace {

bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// yaml-cpp's messages (YAML::ErrorMsg) that someone editing a scenario file meets, said plainly.
std::string plainWords(const std::string& message)
{
    using namespace YAML::ErrorMsg;
    if (message == MAP_VALUE)
        return "a mapping value is not allowed here (is a text with \": \" in it not in quotes, or not indented under its key?)";
    if (message == END_OF_MAP) return "expected \"key: value\" here (is the indentation off, or a \":\" missing?)";
    if (message == END_OF_MAP_FLOW) return "a \"{\" before this is not closed by \"}\"";
    if (message == END_OF_SEQ) return "expected a list item (\"- \") here (is the indentation off?)";
    if (message == END_OF_SEQ_FLOW) return "a \"[\" before this is not closed by \"]\"";
    if (startsWith(message, "illegal tab")) return "a tab is used for indentation; indent with spaces";
    if (message == EOF_IN_SCALAR) return "the file ends inside a quoted text (is a closing quote missing?)";
    if (message == DOC_IN_SCALAR) return "a \"---\" or \"...\" line is inside a quoted text";
    if (message == CHAR_IN_SCALAR) return "a character that is not allowed in this text (put the text in quotes)";
    if (startsWith(message, INVALID_ESCAPE))
        return "\"\\" + message.substr(std::string(INVALID_ESCAPE).size())
            + "\" is not an escape in a text in double quotes: write \\\\ for a backslash, or use single quotes";
    if (message == BLOCK_ENTRY) return "a list item (\"- \") is not allowed here";
    if (message == MAP_KEY) return "a mapping key is not allowed here";
    if (message == FLOW_END) return "a closing bracket is not allowed here";
    if (message == UNKNOWN_TOKEN) return "this is not valid YAML";
    if (startsWith(message, UNKNOWN_ANCHOR) || startsWith(message, ALIAS_NOT_FOUND) || startsWith(message, ANCHOR_NOT_FOUND))
        return "an alias (*name) refers to no anchor (&name)";
    if (message == CHAR_IN_BLOCK) return "unexpected text after \"|\" or \">\"";
    if (message == BAD_CONVERSION) return "expected a text here";
    return message;
}

// Whether the indentation of the line holds a tab: yaml-cpp then often reports only what the tab broke.
bool indentedWithTab(const std::string& text, int zeroBasedLine)
{
    std::size_t start = 0;
    for (int line = 0; line < zeroBasedLine && start != std::string::npos; ++line) {
        start = text.find('\n', start);
        if (start != std::string::npos) ++start;
    }
    if (start == std::string::npos) return false;
    for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
        if (text[i] == '\t') return true;
    return false;
}

} // namespace

std::string describeYamlError(const std::string& text, const std::string& message, int zeroBasedLine, int zeroBasedColumn)
{
    if (zeroBasedLine < 0) return "Not valid YAML: " + plainWords(message);
    if (indentedWithTab(text, zeroBasedLine)) return atPosition({zeroBasedLine + 1, 1}, plainWords(YAML::ErrorMsg::TAB_IN_INDENTATION));
    return atPosition({zeroBasedLine + 1, zeroBasedColumn + 1}, plainWords(message));
}

} // namespace vr::project
