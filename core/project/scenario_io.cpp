#include "project/scenario_io.h"

#include "project/project_error.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace vr::project {
namespace {

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 30: syntax error while parsing object
// key - unexpected '}'; expected string literal" as " at line 1, column 30: unexpected '}'; expected string literal"
// (or ": <reason>" when nlohmann names no place).
std::string describeJsonError(std::string what)
{
    if (const auto tag = what.find("] "); what.rfind("[json.exception", 0) == 0 && tag != std::string::npos) what.erase(0, tag + 2);
    std::string where;
    if (what.rfind("parse error at ", 0) == 0) {
        const auto colon = what.find(": ");
        where = "at " + what.substr(15, colon == std::string::npos ? std::string::npos : colon - 15);
        what = colon == std::string::npos ? std::string() : what.substr(colon + 2);
    } else if (what.rfind("parse error", 0) == 0) {
        const auto colon = what.find(": ");
        what = colon == std::string::npos ? what : what.substr(colon + 2);
    }
    if (const auto dash = what.find(" - "); dash != std::string::npos) what.erase(0, dash + 3);
    return where.empty() ? ": " + what : " " + where + ": " + what;
}

} // namespace

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

} // namespace

ScenarioImport importScenariosJson(const std::string& text)
{
    Json document;
    try {
        document = Json::parse(text);
    } catch (const nlohmann::json::exception& e) { // parse errors, and numbers too large for a double
        throw ProjectError("Not valid JSON" + describeJsonError(e.what()));
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

// The YAML walk itself; importScenariosYaml turns any yaml-cpp error escaping it into a ProjectError.
static ScenarioImport readValueRankYaml(const std::string& text);

ScenarioImport importScenariosYaml(const std::string& text)
{
    try {
        return readValueRankYaml(text);
    } catch (const YAML::Exception& e) {
        throw ProjectError("Not a ValueRank scenario file: " + e.msg + " (line " + std::to_string(e.mark.line + 1) + ")");
    }
}

static ScenarioImport readValueRankYaml(const std::string& text)
{
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw ProjectError("Not valid YAML: " + e.msg + " (line " + std::to_string(e.mark.line + 1) + ")");
    }
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
            if (!entry["body"] || !entry["body"].IsScalar()) throw std::invalid_argument("no `body`");
            s.prompt = yamlScalar(entry["body"]).trimmed();
            if (s.prompt.isEmpty()) throw std::invalid_argument("`body` is empty");
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
            result.rejected << label + QStringLiteral(": ") + QString::fromStdString(e.msg);
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
