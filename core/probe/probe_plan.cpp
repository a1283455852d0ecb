#include "probe/probe_plan.h"

#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <algorithm>

namespace vr::probe {
namespace {

const char* pythonTypeName(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::null: return "NoneType";
    case Json::value_t::boolean: return "bool";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "int";
    case Json::value_t::number_float: return "float";
    case Json::value_t::string: return "str";
    case Json::value_t::array: return "list";
    default: return "dict";
    }
}

// `key in value` on a list or string is a membership test that fails; on other scalars it raises.
bool hasKey(const Json& input, const char* key)
{
    if (input.is_object()) return input.contains(key);
    if (input.is_array()) return false;
    if (input.is_string()) return input.get<std::string>().find(key) != std::string::npos;
    throw InputTypeError("argument of type '" + std::string(pythonTypeName(input)) + "' is not iterable", "TypeError");
}

Json configValue(const Json& config, const char* key, Json fallback)
{
    const auto it = config.find(key);
    return it == config.end() ? std::move(fallback) : *it;
}

} // namespace

void validateProbeInput(const Json& input)
{
    for (const char* field : {"runId", "scenarioId", "modelId", "scenario", "config"})
        if (!hasKey(input, field))
            throw WorkerError::validation(std::string("Missing required field: ") + field,
                                          "Input must include: runId, scenarioId, modelId, scenario, config");
    if (!input.is_object()) // a string that happens to contain every field name
        throw InputTypeError("string indices must be integers", "TypeError");
    const Json& scenario = input["scenario"];
    if (!scenario.is_object()) throw WorkerError::validation("scenario must be an object");
    if (!scenario.contains("prompt")) throw WorkerError::validation("scenario.prompt is required");
    const Json& prompt = scenario["prompt"];
    if (!prompt.is_string())
        throw InputTypeError("'" + std::string(pythonTypeName(prompt)) + "' object has no attribute 'strip'", "AttributeError");
    if (pyStrip(prompt.get<std::string>()).empty()) throw WorkerError::validation("scenario.prompt cannot be empty");
    if (!input["config"].is_object())
        throw InputTypeError("'" + std::string(pythonTypeName(input["config"])) + "' object has no attribute 'get'", "AttributeError");
}

ProbePlan planProbe(const Json& input)
{
    ProbePlan plan;
    plan.runId = input["runId"];
    plan.scenarioId = input["scenarioId"];
    if (!input["modelId"].is_string()) throw InputTypeError("argument of type 'NoneType' is not iterable", "TypeError");
    plan.modelId = input["modelId"].get<std::string>();
    const Json& config = input["config"];
    plan.temperature = configValue(config, "temperature", 0.7);
    plan.maxTokens = configValue(config, "maxTokens", 1024);
    plan.seed = configValue(config, "seed", Json());
    const Json stream = configValue(config, "stream", false);
    if (!stream.is_boolean()) throw WorkerError::validation("config.stream must be true or false");
    plan.stream = stream.get<bool>();
    const Json maxTurns = configValue(config, "maxTurns", 10);
    plan.modelConfig = input.value("modelConfig", Json());
    plan.modelCost = input.value("modelCost", Json());

    const Json& scenario = input["scenario"];
    const Json preamble = scenario.value("preamble", Json());
    if (isTruthy(preamble)) {
        if (!preamble.is_string()) throw InputTypeError("scenario.preamble must be a string", "TypeError");
        plan.preamble = preamble.get<std::string>();
    }
    plan.turns.push_back({1, "scenario_prompt", scenario["prompt"].get<std::string>()});

    const Json followups = scenario.value("followups", Json::array());
    if (!maxTurns.is_number_integer() && !maxTurns.is_number_unsigned() && !maxTurns.is_boolean())
        throw InputTypeError("slice indices must be integers or None or have an __index__ method", "TypeError");
    const long long turnsAllowed = maxTurns.is_boolean() ? (maxTurns.get<bool>() ? 1 : 0) : maxTurns.get<long long>();
    long long length = 0;
    if (followups.is_array()) length = static_cast<long long>(followups.size());
    else if (followups.is_string()) length = static_cast<long long>(codePointCount(followups.get<std::string>()));
    else throw InputTypeError("'" + std::string(pythonTypeName(followups)) + "' object is not subscriptable", "TypeError");
    // followups[: maxTurns - 1] with Python's slice rules: a negative stop counts from the end.
    const long long stop = turnsAllowed - 1;
    const long long count = stop >= 0 ? std::min(length, stop) : std::max(0LL, length + stop);
    if (count > 0 && !followups.is_array()) throw InputTypeError("'str' object has no attribute 'get'", "AttributeError");
    for (long long i = 0; i < count; ++i) {
        const Json& followup = followups[static_cast<size_t>(i)];
        if (!followup.is_object())
            throw InputTypeError("'" + std::string(pythonTypeName(followup)) + "' object has no attribute 'get'", "AttributeError");
        const Json label = followup.value("label", Json("followup_" + std::to_string(i + 1)));
        const Json prompt = followup.value("prompt", Json(""));
        if (!isTruthy(prompt)) continue; // skipped, but its turn number is used up
        if (!prompt.is_string()) throw InputTypeError("follow-up prompt must be a string", "TypeError");
        plan.turns.push_back({static_cast<int>(i + 2), label, prompt.get<std::string>()});
    }
    return plan;
}

llm::ChatRequest chatRequestFor(const ProbePlan& plan, std::vector<llm::ChatMessage> history)
{
    llm::ChatRequest request;
    request.modelId = plan.modelId;
    request.messages = std::move(history);
    request.temperature = plan.temperature;
    request.maxTokens = plan.maxTokens;
    request.modelConfig = plan.modelConfig;
    request.seed = plan.seed;
    return request;
}

} // namespace vr::probe
