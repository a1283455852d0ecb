#include "templates/template_file.h"

#include "protocol/json.h"
#include "templates/template_error.h"
#include "templates/template_reader.h"
#include "templates/yaml_json.h"

#include <QFile>
#include <QFileInfo>

namespace vr::templates {
namespace {

// "line 3, column 7: syntax error while parsing object key - unexpected '}'" → "line 3, column 7: unexpected '}'".
std::string jsonProblem(const std::string& text, const nlohmann::json::parse_error& e)
{
    const size_t end = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    std::string what = e.what();
    if (const auto dash = what.rfind(" - "); dash != std::string::npos) what.erase(0, dash + 3);
    else if (const auto colon = what.rfind(": "); colon != std::string::npos) what.erase(0, colon + 2);
    return "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
}

Json parseDocument(const QString& path, const std::string& text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) return yamlToJson(text);
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw TemplateError(jsonProblem(text, e));
    } catch (const nlohmann::json::exception& e) { // a number too large for a double
        throw TemplateError(std::string("not valid JSON: ") + e.what());
    }
}

} // namespace

ScenarioTemplate readTemplateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) throw TemplateError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()).toStdString());
    const std::string text = file.readAll().toStdString();
    try {
        return templateFromDocument(parseDocument(path, text), QFileInfo(path).completeBaseName());
    } catch (const TemplateError& e) {
        throw TemplateError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())).toStdString());
    }
}

} // namespace vr::templates
