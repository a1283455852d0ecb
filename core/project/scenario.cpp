#include "project/scenario.h"

#include <stdexcept>

namespace vr::project {
namespace {

QString text(const Json& object, const char* key, bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) throw std::invalid_argument(std::string("missing \"") + key + "\"");
        return {};
    }
    if (!it->is_string()) throw std::invalid_argument(std::string("\"") + key + "\" must be a string");
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

Json Scenario::toJson() const
{
    Json followupsJson = Json::array();
    for (const Followup& f : followups) followupsJson.push_back({{"label", f.label.toStdString()}, {"prompt", f.prompt.toStdString()}});
    Json dimensionsJson = Json::object();
    for (const auto& [name, value] : dimensions) {
        if (value == static_cast<double>(static_cast<long long>(value))) dimensionsJson[name.toStdString()] = static_cast<long long>(value);
        else dimensionsJson[name.toStdString()] = value;
    }
    Json tagsJson = Json::array();
    for (const QString& t : tags) tagsJson.push_back(t.toStdString());
    Json json = {{"name", name.toStdString()}, {"preamble", preamble.toStdString()}, {"prompt", prompt.toStdString()},
                 {"followups", followupsJson}, {"dimensions", dimensionsJson}, {"tags", tagsJson}};
    if (options) options->writeTo(json);
    return json;
}

Scenario Scenario::fromJson(const Json& json)
{
    if (!json.is_object()) throw std::invalid_argument("a scenario must be an object");
    Scenario s;
    s.name = text(json, "name", true).trimmed();
    if (s.name.isEmpty()) throw std::invalid_argument("\"name\" is empty");
    s.preamble = text(json, "preamble", false);
    s.options = ScenarioOptions::readFrom(json);
    s.prompt = text(json, "prompt", !s.options);
    if (!s.options && s.prompt.trimmed().isEmpty()) throw std::invalid_argument("\"prompt\" is empty");
    if (const auto it = json.find("followups"); it != json.end() && !it->is_null()) {
        if (!it->is_array()) throw std::invalid_argument("\"followups\" must be a list");
        int index = 0;
        for (const Json& f : *it) {
            ++index;
            if (f.is_string()) {
                s.followups.append({QStringLiteral("followup_%1").arg(index), QString::fromStdString(f.get<std::string>())});
                continue;
            }
            if (!f.is_object()) throw std::invalid_argument("follow-up " + std::to_string(index) + " must be an object");
            Followup followup{text(f, "label", false), text(f, "prompt", true)};
            if (followup.label.isEmpty()) followup.label = QStringLiteral("followup_%1").arg(index);
            s.followups.append(followup);
        }
    }
    if (const auto it = json.find("dimensions"); it != json.end() && !it->is_null()) {
        if (!it->is_object()) throw std::invalid_argument("\"dimensions\" must be an object of numbers");
        for (auto d = it->begin(); d != it->end(); ++d) {
            if (!d.value().is_number() || d.value().is_boolean())
                throw std::invalid_argument("dimension \"" + d.key() + "\" must be a number");
            s.dimensions.append({QString::fromStdString(d.key()), d.value().get<double>()});
        }
    }
    if (const auto it = json.find("tags"); it != json.end() && !it->is_null()) {
        if (!it->is_array()) throw std::invalid_argument("\"tags\" must be a list of strings");
        for (const Json& t : *it) {
            if (!t.is_string()) throw std::invalid_argument("\"tags\" must be a list of strings");
            s.tags << QString::fromStdString(t.get<std::string>());
        }
    }
    return s;
}

Json Scenario::toProbeJson() const
{
    Json followupsJson = Json::array();
    for (const Followup& f : followups) followupsJson.push_back({{"label", f.label.toStdString()}, {"prompt", f.prompt.toStdString()}});
    return {{"preamble", preamble.toStdString()}, {"prompt", probePrompt().toStdString()}, {"followups", followupsJson}};
}

QString Scenario::probePrompt() const
{
    return options ? options->renderPrompt(prompt) : prompt;
}

Scenario Scenario::mirrored() const
{
    Scenario m = *this;
    if (options) m.options = options->mirrored();
    return m;
}

} // namespace vr::project
