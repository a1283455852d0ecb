#include "templates/template_reader.h"

#include "templates/template_error.h"

#include <limits>

namespace vr::templates {
namespace {

[[noreturn]] void fail(const QString& message)
{
    throw TemplateError(message.toStdString());
}

QString text(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

// An optional text field: absent or null → empty.
QString optionalText(const Json& object, const char* key, const QString& where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) fail(QStringLiteral("%1: \"%2\" must be text").arg(where, QLatin1String(key)));
    return text(*it);
}

TemplateLevel readLevel(const Json& json, const QString& dimensionWhere, qsizetype index)
{
    QString where = QStringLiteral("%1, level %2").arg(dimensionWhere, QString::number(index + 1));
    if (!json.is_object()) fail(where + QStringLiteral(" must be an object with score, label and options"));
    TemplateLevel level;
    const auto score = json.find("score");
    if (score == json.end() || score->is_null()) fail(where + QStringLiteral(": \"score\" is missing"));
    if (!score->is_number_integer()) fail(QStringLiteral("%1: \"score\" must be a whole number (got %2)").arg(where, QString::fromStdString(score->dump())));
    if (score->is_number_unsigned() && score->get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()))
        fail(where + QStringLiteral(": \"score\" is too large"));
    level.score = score->get<qint64>();
    where += QStringLiteral(" (score %1)").arg(level.score);
    level.label = optionalText(json, "label", where);
    if (const auto options = json.find("options"); options != json.end() && !options->is_null()) {
        if (!options->is_array()) fail(where + QStringLiteral(": \"options\" must be a list of texts"));
        for (size_t i = 0; i < options->size(); ++i) {
            const Json& option = (*options)[i];
            if (!option.is_string()) fail(QStringLiteral("%1: option %2 must be text").arg(where, QString::number(i + 1)));
            if (option.get<std::string>().empty()) fail(QStringLiteral("%1: option %2 is empty").arg(where, QString::number(i + 1)));
            level.options << text(option);
        }
    }
    return level;
}

TemplateDimension readDimension(const Json& json, qsizetype index)
{
    const QString position = QStringLiteral("dimension %1").arg(index + 1);
    if (!json.is_object()) fail(position + QStringLiteral(" must be an object with a name and levels"));
    TemplateDimension dimension;
    dimension.name = optionalText(json, "name", position);
    if (dimension.name.isEmpty()) fail(position + QStringLiteral(" has no name"));
    const QString where = QStringLiteral("%1 \"%2\"").arg(position, dimension.name);
    if (const auto levels = json.find("levels"); levels != json.end() && !levels->is_null()) {
        if (!levels->is_array()) fail(where + QStringLiteral(": \"levels\" must be a list"));
        for (size_t i = 0; i < levels->size(); ++i) dimension.levels << readLevel((*levels)[i], where, qsizetype(i));
    } else if (const auto values = json.find("values"); values != json.end() && !values->is_null()) {
        // The older form: each value is a level of its own, scored from 1, its text as label and only option.
        if (!values->is_array()) fail(where + QStringLiteral(": \"values\" must be a list of texts"));
        for (size_t i = 0; i < values->size(); ++i) {
            if (!(*values)[i].is_string()) fail(QStringLiteral("%1: value %2 must be text").arg(where, QString::number(i + 1)));
            const QString value = text((*values)[i]);
            dimension.levels << TemplateLevel{qint64(i + 1), value, {value}};
        }
    }
    return dimension;
}

} // namespace

ScenarioTemplate templateFromContent(const Json& content)
{
    if (!content.is_object()) fail(QStringLiteral("content must be an object"));
    ScenarioTemplate tmpl;
    const auto body = content.find("template");
    if (body == content.end()) fail(QStringLiteral("content.template is required"));
    if (!body->is_string()) fail(QStringLiteral("content.template must be text"));
    tmpl.text = text(*body);
    tmpl.preamble = optionalText(content, "preamble", QStringLiteral("content"));
    if (const auto dimensions = content.find("dimensions"); dimensions != content.end() && !dimensions->is_null()) {
        if (!dimensions->is_array()) fail(QStringLiteral("content.dimensions must be a list"));
        for (size_t i = 0; i < dimensions->size(); ++i) tmpl.dimensions << readDimension((*dimensions)[i], qsizetype(i));
    }
    return tmpl;
}

ScenarioTemplate templateFromDocument(const Json& document, const QString& fallbackName)
{
    if (!document.is_object()) fail(QStringLiteral("a template must be an object: {name, content: {template, dimensions, preamble}}"));
    const auto content = document.find("content");
    if (content == document.end() && !document.contains("template"))
        fail(QStringLiteral("no \"content\" with a \"template\": a template is {name, content: {template, dimensions, preamble}}"));
    ScenarioTemplate tmpl = templateFromContent(content == document.end() ? document : *content);
    tmpl.name = optionalText(document, "name", QStringLiteral("the template")).trimmed();
    if (tmpl.name.isEmpty()) tmpl.name = fallbackName;
    return tmpl;
}

} // namespace vr::templates
