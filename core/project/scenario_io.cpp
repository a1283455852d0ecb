#include "project/scenario_io.h"

#include "project/json_error_text.h"
#include "project/project_error.h"
#include "project/text_position.h"
#include "project/yaml_error_text.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace vr::project {
namespace {

QString entryName(const Json& entry, int index)
{
    if (entry.is_object() && entry.contains("name") && entry["name"].is_string())
        return QStringLiteral("entry %1 (%2)").arg(index).arg(QString::fromStdString(entry["name"].get<std::string>()));
    return QStringLiteral("entry %1").arg(index);
}

QString yamlScalar(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

// "Line 12, column 5: " for a node of the file, "" when yaml-cpp knows no place.
std::string whereIn(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? std::string() : atPosition({mark.line + 1, mark.column + 1}, std::string());
}

// A key without a value whose line has no ":" — a line of text that YAML read as a key because it is not indented
// under the key it belongs to ("body:" or "body: |" followed by the text at the same indentation).
bool isStrayTextLine(const std::string& text, const YAML::Node& key, const YAML::Node& value)
{
    const YAML::Mark mark = key.Mark();
    if (!value.IsNull() || mark.is_null() || mark.pos < 0 || std::size_t(mark.pos) >= text.size()) return false;
    const auto end = text.find('\n', std::size_t(mark.pos));
    return text.substr(std::size_t(mark.pos), end == std::string::npos ? std::string::npos : end - std::size_t(mark.pos)).find(':') == std::string::npos;
}

} // namespace

ScenarioImport importScenariosJson(const std::string& text)
{
    Json document;
    try {
        document = Json::parse(text);
    } catch (const nlohmann::json::exception&) { // parse errors, and numbers too large for a double
        const std::string why = describeInvalidJson(text);
        throw ProjectError(why.empty() ? "The file is not valid JSON" : why);
    }
    const Json* list = &document;
    if (document.is_object()) {
        if (!document.contains("scenarios")) throw ProjectError("The JSON file has no \"scenarios\" list");
        list = &document["scenarios"];
    }
    if (!list->is_array()) throw ProjectError("\"scenarios\" must be a list");
    ScenarioImport result;
    int index = 0;
    for (const Json& entry : *list) {
        ++index;
        try {
            result.scenarios.append(Scenario::fromJson(entry));
        } catch (const std::exception& e) {
            result.rejected << entryName(entry, index) + QStringLiteral(": ") + QString::fromUtf8(e.what());
        }
    }
    return result;
}

// The YAML walk itself; importScenariosYaml turns any yaml-cpp error escaping it (a syntax error, say) into a
// ProjectError that says what and where.
static ScenarioImport readValueRankYaml(const std::string& text);

ScenarioImport importScenariosYaml(const std::string& text)
{
    try {
        return readValueRankYaml(text);
    } catch (const YAML::Exception& e) {
        throw ProjectError(describeYamlError(text, e.msg, e.mark.line, e.mark.column));
    }
}

static ScenarioImport readValueRankYaml(const std::string& text)
{
    const YAML::Node root = YAML::Load(text);
    if (!root.IsMap()) throw ProjectError("The YAML file must hold a map with `preamble` and `scenarios`");
    QString preamble;
    if (root["preamble"] && root["preamble"].IsScalar()) preamble = yamlScalar(root["preamble"]).trimmed();
    const YAML::Node entries = root["scenarios"];
    if (!entries || !entries.IsMap()) throw ProjectError("The YAML file has no `scenarios` map");
    ScenarioImport result;
    int index = 0;
    for (const auto& item : entries) {
        ++index;
        const QString key = QString::fromStdString(item.first.as<std::string>());
        const QString label = QStringLiteral("entry %1 (%2)").arg(index).arg(key);
        const YAML::Node entry = item.second;
        if (!entry.IsMap()) {
            result.rejected << label + QStringLiteral(": must be a map with `subject` and `body`");
            continue;
        }
        try {
            Scenario s;
            s.preamble = preamble;
            s.name = entry["subject"] && entry["subject"].IsScalar() ? yamlScalar(entry["subject"]).trimmed() : key;
            for (const auto& field : entry)
                if (isStrayTextLine(text, field.first, field.second))
                    throw std::invalid_argument(whereIn(field.first) + "\"" + field.first.as<std::string>()
                                                + "\" is not a \"key: value\" line; if it is part of `body`, indent it under \"body: |\"");
            const YAML::Node body = entry["body"];
            if (!body) throw std::invalid_argument(whereIn(entry) + "`body` is missing");
            if (body.IsMap())
                throw std::invalid_argument(whereIn(body) + "`body` is a mapping, not a text: a line of it with \": \" reads as \"key: value\"; "
                                            "write the text indented under \"body: |\", or in quotes");
            if (body.IsSequence()) throw std::invalid_argument(whereIn(body) + "`body` is a list, not a text");
            s.prompt = body.IsScalar() ? yamlScalar(body).trimmed() : QString();
            if (s.prompt.isEmpty()) throw std::invalid_argument(whereIn(entry) + "`body` is empty");
            for (const auto& field : entry) {
                const std::string name = field.first.as<std::string>();
                if (name == "subject" || name == "body") continue;
                const YAML::Node& value = field.second;
                if (value.IsScalar()) {
                    const std::string raw = value.as<std::string>();
                    char* end = nullptr;
                    const double number = std::strtod(raw.c_str(), &end);
                    if (!raw.empty() && end && *end == '\0') s.dimensions.append({QString::fromStdString(name), number});
                    else if (!raw.empty()) s.tags << QString::fromStdString(raw);
                } else if (value.IsSequence()) {
                    for (const auto& element : value)
                        if (element.IsScalar()) s.tags << QString::fromStdString(element.as<std::string>());
                }
            }
            result.scenarios.append(s);
        } catch (const YAML::Exception& e) {
            result.rejected << label + QStringLiteral(": ") + QString::fromStdString(describeYamlError(text, e.msg, e.mark.line, e.mark.column));
        } catch (const std::exception& e) {
            result.rejected << label + QStringLiteral(": ") + QString::fromUtf8(e.what());
        }
    }
    return result;
}

ScenarioImport importScenarioFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) throw ProjectError(("Cannot read " + path + ": " + file.errorString()).toStdString());
    const std::string text = file.readAll().toStdString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) return importScenariosYaml(text);
    return importScenariosJson(text);
}

std::string exportScenariosJson(const QList<Scenario>& scenarios)
{
    Json list = Json::array();
    for (const Scenario& s : scenarios) list.push_back(s.toJson());
    return Json{{"scenarios", list}}.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) + "\n";
}

} // namespace vr::project
