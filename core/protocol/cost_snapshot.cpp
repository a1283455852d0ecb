#include "protocol/cost_snapshot.h"

#include "protocol/python_format.h"
#include "protocol/worker_error.h"

namespace vr {

double estimateCost(std::optional<long long> inputTokens, std::optional<long long> outputTokens,
                    double costInputPerMillion, double costOutputPerMillion)
{
    double cost = 0.0;
    if (inputTokens && *inputTokens > 0) cost += (static_cast<double>(*inputTokens) / 1000000.0) * costInputPerMillion;
    if (outputTokens && *outputTokens > 0)
        cost += (static_cast<double>(*outputTokens) / 1000000.0) * costOutputPerMillion;
    return cost;
}

Json costSnapshot(const Json& modelCost, long long inputTokens, long long outputTokens)
{
    if (!isTruthy(modelCost)) return nullptr;
    if (!modelCost.is_object())
        throw InputTypeError("modelCost must be an object", "AttributeError");
    const Json cin = modelCost.contains("costInputPerMillion") ? modelCost["costInputPerMillion"] : Json(0);
    const Json cout = modelCost.contains("costOutputPerMillion") ? modelCost["costOutputPerMillion"] : Json(0);
    auto price = [](const Json& v) -> double {
        if (v.is_number()) return v.get<double>();
        if (v.is_boolean()) return v.get<bool>() ? 1.0 : 0.0;
        throw InputTypeError("unsupported operand type for cost: " + std::string(v.type_name()), "TypeError");
    };
    // Python multiplies only the terms whose token count is > 0, so a null price with no tokens is fine.
    const double cost = estimateCost(inputTokens, outputTokens, inputTokens > 0 ? price(cin) : 0.0,
                                     outputTokens > 0 ? price(cout) : 0.0);
    Json snapshot = Json::object();
    snapshot["costInputPerMillion"] = cin;
    snapshot["costOutputPerMillion"] = cout;
    snapshot["inputTokens"] = inputTokens;
    snapshot["outputTokens"] = outputTokens;
    snapshot["estimatedCost"] = pyRound(cost, 6);
    return snapshot;
}

} // namespace vr
