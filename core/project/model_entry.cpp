#include "project/model_entry.h"

namespace vr::project {

Json ModelEntry::toJson() const
{
    Json j = {{"modelId", modelId.toStdString()}, {"displayName", displayName.toStdString()}, {"enabled", enabled},
              {"maxConcurrency", maxConcurrency}};
    j["costInputPerMillion"] = costInputPerMillion ? Json(*costInputPerMillion) : Json();
    j["costOutputPerMillion"] = costOutputPerMillion ? Json(*costOutputPerMillion) : Json();
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
    return m;
}

Json ModelEntry::modelCostJson() const
{
    if (!hasPrice()) return nullptr;
    return {{"costInputPerMillion", *costInputPerMillion}, {"costOutputPerMillion", *costOutputPerMillion}};
}

} // namespace vr::project
