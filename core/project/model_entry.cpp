#include "project/model_entry.h"

#include "llm/model_capabilities.h"
#include "llm/model_route.h"

namespace vr::project {

Json ModelEntry::toJson() const
{
    Json j = {{"modelId", modelId.toStdString()}, {"displayName", displayName.toStdString()}, {"enabled", enabled},
              {"maxConcurrency", maxConcurrency}};
    j["costInputPerMillion"] = costInputPerMillion ? Json(*costInputPerMillion) : Json();
    j["costOutputPerMillion"] = costOutputPerMillion ? Json(*costOutputPerMillion) : Json();
    if (parameters.is_object() && !parameters.empty()) j["parameters"] = parameters;
    return j;
}

ModelEntry ModelEntry::fromJson(const Json& j)
{
    ModelEntry m;
    m.modelId = QString::fromStdString(j.value("modelId", std::string()));
    m.displayName = QString::fromStdString(j.value("displayName", std::string()));
    m.enabled = j.value("enabled", true);
    m.maxConcurrency = j.value("maxConcurrency", 8);
    if (j.contains("costInputPerMillion") && j["costInputPerMillion"].is_number()) m.costInputPerMillion = j["costInputPerMillion"].get<double>();
    if (j.contains("costOutputPerMillion") && j["costOutputPerMillion"].is_number()) m.costOutputPerMillion = j["costOutputPerMillion"].get<double>();
    if (j.contains("parameters") && j["parameters"].is_object()) m.parameters = j["parameters"];
    return m;
}

Json ModelEntry::modelCostJson() const
{
    if (!hasPrice()) return nullptr;
    return {{"costInputPerMillion", *costInputPerMillion}, {"costOutputPerMillion", *costOutputPerMillion}};
}

Json ModelEntry::effectiveParameters() const
{
    if (parameters.is_object() && !parameters.empty()) return parameters;
    try {
        const llm::ModelRoute route = llm::routeModel(modelId.toStdString());
        return llm::capabilitiesAsModelConfig(llm::tableCapabilities(route.provider, route.model));
    } catch (...) {
        return Json::object(); // an id no provider takes: nothing to decide
    }
}

} // namespace vr::project
