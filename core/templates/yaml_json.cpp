#include "templates/yaml_json.h"

#include "templates/template_error.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <regex>

namespace vr::templates {
namespace {

constexpr int kMaxDepth = 64; // aliases can make a node contain itself

Json plainScalar(const std::string& s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    static const std::regex integer("[-+]?[0-9]+");
    static const std::regex decimal("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    if (std::regex_match(s, integer)) {
        long long value = 0;
        const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
        if (std::from_chars(begin, s.data() + s.size(), value).ec == std::errc()) return value;
    }
    if (std::regex_match(s, decimal) || std::regex_match(s, integer)) return std::stod(s);
    return s;
}

Json convert(const YAML::Node& node, int depth)
{
    if (depth > kMaxDepth) throw TemplateError("the YAML is nested more than " + std::to_string(kMaxDepth) + " levels deep");
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: return nullptr;
    case YAML::NodeType::Scalar: return node.Tag() == "?" ? plainScalar(node.Scalar()) : Json(node.Scalar());
    case YAML::NodeType::Sequence: {
        Json list = Json::array();
        for (const YAML::Node& item : node) list.push_back(convert(item, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (const auto& entry : node) {
            if (!entry.first.IsScalar())
                throw TemplateError("line " + std::to_string(entry.first.Mark().line + 1) + ": a key must be plain text");
            object[entry.first.Scalar()] = convert(entry.second, depth + 1);
        }
        return object;
    }
    }
    return nullptr;
}

} // namespace

Json yamlToJson(const std::string& text)
{
    try {
        return convert(YAML::Load(text), 0);
    } catch (const YAML::Exception& e) {
        throw TemplateError("not valid YAML: " + e.msg + " (line " + std::to_string(e.mark.line + 1) + ")");
    }
}

} // namespace vr::templates
