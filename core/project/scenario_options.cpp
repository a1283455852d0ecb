#include "project/scenario_options.h"

#include <stdexcept>

namespace vr::project {
namespace {

QString requiredText(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) throw std::invalid_argument(std::string("missing \"") + key + "\" (optionA, optionB and scaleLabels go together)");
    if (!it->is_string()) throw std::invalid_argument(std::string("\"") + key + "\" must be a string");
    const QString text = QString::fromStdString(it->get<std::string>()).trimmed();
    if (text.isEmpty()) throw std::invalid_argument(std::string("\"") + key + "\" is empty");
    return text;
}

} // namespace

ScenarioOptions ScenarioOptions::mirrored() const
{
    ScenarioOptions m{optionB, optionA, {}};
    for (auto it = scaleLabels.crbegin(); it != scaleLabels.crend(); ++it) m.scaleLabels << *it;
    return m;
}

QString ScenarioOptions::renderPrompt(const QString& intro) const
{
    QString text = intro.trimmed();
    if (!text.isEmpty()) text += QStringLiteral("\n\n");
    text += QStringLiteral("Option A: %1\nOption B: %2\n\nAnswer on this scale:").arg(optionA, optionB);
    for (qsizetype i = 0; i < scaleLabels.size(); ++i) text += QStringLiteral("\n%1 - %2").arg(i + 1).arg(scaleLabels[i]);
    return text;
}

void ScenarioOptions::writeTo(Json& scenario) const
{
    Json labels = Json::array();
    for (const QString& l : scaleLabels) labels.push_back(l.toStdString());
    scenario["optionA"] = optionA.toStdString();
    scenario["optionB"] = optionB.toStdString();
    scenario["scaleLabels"] = labels;
}

std::optional<ScenarioOptions> ScenarioOptions::readFrom(const Json& scenario)
{
    const auto declared = [&](const char* key) { return scenario.contains(key) && !scenario[key].is_null(); };
    if (!declared("optionA") && !declared("optionB") && !declared("scaleLabels")) return std::nullopt;
    ScenarioOptions o;
    o.optionA = requiredText(scenario, "optionA");
    o.optionB = requiredText(scenario, "optionB");
    if (!declared("scaleLabels")) throw std::invalid_argument("missing \"scaleLabels\" (optionA, optionB and scaleLabels go together)");
    const Json& labels = scenario["scaleLabels"];
    if (!labels.is_array() || labels.size() != 5) throw std::invalid_argument("\"scaleLabels\" must be a list of exactly 5 strings");
    for (const Json& l : labels) {
        if (!l.is_string()) throw std::invalid_argument("\"scaleLabels\" must be a list of exactly 5 strings");
        const QString text = QString::fromStdString(l.get<std::string>()).trimmed();
        if (text.isEmpty()) throw std::invalid_argument("a scale label is empty");
        if (text.contains(QLatin1Char('\n'))) throw std::invalid_argument("a scale label must be one line");
        o.scaleLabels << text;
    }
    if (o.optionA.contains(QLatin1Char('\n')) || o.optionB.contains(QLatin1Char('\n')))
        throw std::invalid_argument("\"optionA\" and \"optionB\" must be one line each");
    if (o.optionA == o.optionB) throw std::invalid_argument("\"optionA\" and \"optionB\" are the same text");
    return o;
}

} // namespace vr::project
