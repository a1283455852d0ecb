#include "project/json_error_text.h"

#include "project/text_position.h"
#include "protocol/json.h"

#include <cstring>
#include <optional>
#include <string_view>

namespace vr::project {
namespace {

struct JsonFailure {
    std::size_t bytesRead = 0; // up to and including the last character the parser read
    int id = 0;                // nlohmann's exception id: 101 syntax, 406 number too large, …
    std::string what;
};

// Listens to a parse only for the place and token of its error; the SAX interface is the one that names both.
class FailureCatcher : public nlohmann::json_sax<Json> {
public:
    std::optional<JsonFailure> failure;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        failure = JsonFailure{position, e.id, e.what()};
        return false;
    }
};

std::string between(const std::string& text, const std::string& from, const std::string& to)
{
    const auto start = text.find(from);
    if (start == std::string::npos) return {};
    const auto begin = start + from.size();
    const auto end = to.empty() ? std::string::npos : text.find(to, begin);
    return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// Where the token that ends at `last` (the last character read) starts: a quoted text at its opening quote, a
// number or a literal at its first character.
std::size_t tokenStart(const std::string& text, std::size_t last, const std::string& token)
{
    if (last >= text.size()) return text.size();
    const auto isEscaped = [&](std::size_t at) {
        std::size_t backslashes = 0;
        while (at > backslashes && text[at - backslashes - 1] == '\\') ++backslashes;
        return backslashes % 2 == 1;
    };
    std::size_t start = last;
    if (token == "string literal" && text[last] == '"') {
        while (start > 0 && !(text[start - 1] == '"' && !isEscaped(start - 1))) --start;
        return start > 0 ? start - 1 : last;
    }
    if (token == "number literal") {
        while (start > 0 && std::string_view("0123456789.eE+-").find(text[start - 1]) != std::string_view::npos) --start;
        return start;
    }
    for (const char* literal : {"true", "false", "null"})
        if (token == std::string(literal) + " literal") return last + 1 >= std::strlen(literal) ? last + 1 - std::strlen(literal) : 0;
    return last;
}

// What was expected where the parser stopped, from the part of the grammar it was in.
std::string expectation(const std::string& context, const std::string& expected)
{
    if (context == "object key") return "expected a name in double quotes";
    if (context == "object separator") return "expected ':'";
    if (context == "object") return "expected ',' or '}'";
    if (context == "array") return "expected ',' or ']'";
    if (expected == "end of input") return "expected nothing more after the end of the JSON";
    return "expected a value: text in double quotes, a number, true, false, null, a list or an object";
}

// What the lexer could not read, said plainly.
std::string unreadable(const std::string& lexerMessage)
{
    if (startsWith(lexerMessage, "invalid string: missing closing quote")) return "a text is missing its closing quote";
    if (startsWith(lexerMessage, "invalid string: control character U+000A"))
        return "a text runs on past the end of its line: is its closing quote missing? A line break inside a text is written \\n";
    if (startsWith(lexerMessage, "invalid string: control character"))
        return "a text holds a control character such as a tab; write it as an escape (\\t)";
    if (startsWith(lexerMessage, "invalid string: ill-formed UTF-8")) return "the file is not UTF-8 text here";
    if (startsWith(lexerMessage, "invalid string: forbidden character after backslash"))
        return "a backslash in a text starts an escape; write \\\\ for a backslash itself";
    if (startsWith(lexerMessage, "invalid string:")) return "a \\u escape in a text is not valid";
    if (startsWith(lexerMessage, "invalid number")) return "not a valid number";
    if (startsWith(lexerMessage, "invalid literal"))
        return "not a valid value: text needs double quotes; true, false and null are written in lower case";
    if (startsWith(lexerMessage, "invalid BOM")) return "the file starts with a broken byte order mark";
    return lexerMessage;
}

} // namespace

std::string describeInvalidJson(const std::string& text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return "The file is empty";
    FailureCatcher catcher;
    Json::sax_parse(text, &catcher);
    if (!catcher.failure) return {};
    const JsonFailure& f = *catcher.failure;
    const std::size_t last = f.bytesRead > 0 ? f.bytesRead - 1 : 0; // nlohmann counts the characters read from 1
    // "… syntax error while parsing <context> - <unexpected <token> | lexer message; last read: '…'>[; expected <token>]"
    const std::string context = between(f.what, "while parsing ", " - ");
    const std::string problem = between(f.what, " - ", "");
    const auto expectedAt = problem.rfind("; expected ");
    const std::string expected = expectedAt == std::string::npos ? std::string() : problem.substr(expectedAt + 11);
    if (f.id == 406) { // "number overflow parsing '1e99999'"
        const std::string number = between(f.what, "parsing '", "'");
        return atPosition(positionOfByte(text, tokenStart(text, last, "number literal")), "the number " + number + " is too large");
    }
    if (startsWith(problem, "unexpected end of input"))
        return atPosition(positionOfByte(text, text.find_last_not_of(" \t\r\n") + 1), "the JSON ends too early (" + expectation(context, expected) + ")");
    if (startsWith(problem, "unexpected ")) {
        const std::string token = problem.substr(11, expectedAt == std::string::npos ? std::string::npos : expectedAt - 11);
        return atPosition(positionOfByte(text, tokenStart(text, last, token)), "the JSON is not valid here (" + expectation(context, expected) + ")");
    }
    // The lexer stopped at the character it could not read.
    return atPosition(positionOfByte(text, last), "the JSON is not valid here (" + unreadable(problem.substr(0, problem.find("; last read: "))) + ")");
}

} // namespace vr::project
