#include "templates/generate_scenarios_worker.h"

#include "protocol/envelope.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"
#include "templates/template_error.h"
#include "templates/template_expansion.h"
#include "templates/template_reader.h"

namespace vr::templates {
namespace {

void validate(const Json& input)
{
    if (!input.is_object() || !input.contains("definitionId"))
        throw WorkerError::validation("Missing required field: definitionId", "Input must include: definitionId, content");
    if (!input.contains("content") || !input["content"].is_object()) throw WorkerError::validation("content must be an object");
    if (!input["content"].contains("template")) throw WorkerError::validation("content.template is required");
    if (input.contains("seed") && !input["seed"].is_number_unsigned() && !(input["seed"].is_number_integer() && input["seed"].get<qint64>() >= 0))
        throw WorkerError::validation("seed must be a whole number from 0 to 18446744073709551615");
}

Json scenarioJson(const ExpandedScenario& s)
{
    Json dimensions = Json::object();
    for (const auto& [name, score] : s.dimensions) dimensions[name.toStdString()] = score;
    Json content = Json::object();
    content["preamble"] = s.preamble.isEmpty() ? Json() : Json(s.preamble.toStdString());
    content["prompt"] = s.prompt.toStdString();
    content["dimensions"] = std::move(dimensions);
    return {{"name", s.name.toStdString()}, {"content", std::move(content)}};
}

} // namespace

std::string runGenerateScenariosWorker(std::string_view text)
{
    const Json input = parseWorkerInput(text);
    validate(input);
    const JsonLogger log("generate_scenarios");
    const Json& content = input["content"];
    const quint64 seed = input.contains("seed") ? input["seed"].get<quint64>() : 0;
    log.info("Starting deterministic scenario generation",
             {{"definitionId", input["definitionId"]}, {"dimensionCount", content.value("dimensions", Json::array()).size()}, {"seed", seed}});
    Expansion expansion;
    try {
        expansion = expandTemplate(templateFromContent(content), seed);
    } catch (const TemplateError& e) {
        const WorkerError error = WorkerError::validation(e.what());
        log.error("Generation failed", {{"definitionId", input["definitionId"]}, {"err", JsonLogger::errField(error)}});
        throw error;
    }
    log.info("Generated dimension combinations", {{"combinationCount", expansion.scenarios.size()}});
    Json scenarios = Json::array();
    for (const ExpandedScenario& s : expansion.scenarios) scenarios.push_back(scenarioJson(s));
    Json warnings = Json::array();
    for (const QString& w : expansion.warnings) warnings.push_back(w.toStdString());
    Json envelope = Json::object();
    envelope["success"] = true;
    envelope["scenarios"] = std::move(scenarios);
    envelope["metadata"] = {{"inputTokens", 0}, {"outputTokens", 0}, {"modelVersion", "deterministic"}, {"seed", seed}, {"warnings", std::move(warnings)}};
    envelope["debug"] = {{"rawResponse", nullptr}, {"extractedYaml", nullptr}, {"parseError", nullptr}};
    return dumpPythonStyle(envelope);
}

} // namespace vr::templates
