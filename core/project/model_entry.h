#pragma once
// A model in the project's catalog: the id as the workers take it, prices, and how hard it may be driven.
#include "protocol/json.h"

#include <QString>

#include <optional>

namespace vr::project {

struct ModelEntry {
    qint64 id = 0;
    QString modelId;      // "anthropic:claude-…", "local:llama3", "mock:demo-a"
    QString displayName;
    std::optional<double> costInputPerMillion;
    std::optional<double> costOutputPerMillion;
    bool enabled = true;
    int maxConcurrency = 8;
    // Request parameters for this model as a modelConfig object ({"temperature": false, "maxTokensParam":
    // "max_completion_tokens", "seed": true}); empty: the capabilities table decides (docs/model-capabilities.md).
    Json parameters = Json::object();

    bool operator==(const ModelEntry&) const = default;
    bool hasPrice() const { return costInputPerMillion.has_value() && costOutputPerMillion.has_value(); }
    QString label() const { return displayName.isEmpty() ? modelId : displayName; }

    Json toJson() const;
    static ModelEntry fromJson(const Json& json);
    // The probe worker's modelCost, or null when the model has no price.
    Json modelCostJson() const;
    // The parameters in force: the catalog's, else the capabilities table's entry for this model.
    Json effectiveParameters() const;
};

} // namespace vr::project
