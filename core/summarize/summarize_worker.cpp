#include "summarize/summarize_worker.h"

#include "llm/llm_call.h"
#include "protocol/envelope.h"
#include "protocol/environment.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"
#include "summarize/explanation.h"
#include "summarize/decision_parsers.h"

namespace vr::summarize {
namespace {

bool hasKey(const Json& input, const char* key)
{
    if (input.is_object()) return input.contains(key);
    if (input.is_array()) return false;
    if (input.is_string()) return input.get<std::string>().find(key) != std::string::npos;
    throw InputTypeError("argument of type '" + std::string(input.is_null() ? "NoneType" : input.is_boolean() ? "bool" : "int")
                             + "' is not iterable",
                         "TypeError");
}

void validate(const Json& input)
{
    for (const char* field : {"transcriptId", "transcriptContent"})
        if (!hasKey(input, field))
            throw WorkerError::validation(std::string("Missing required field: ") + field, "Input must include: transcriptId, transcriptContent");
    if (!input.is_object()) throw InputTypeError("string indices must be integers", "TypeError");
    const Json& content = input["transcriptContent"];
    if (!content.is_object()) throw WorkerError::validation("transcriptContent must be an object");
    if (!content.contains("turns") || !content["turns"].is_array()) throw WorkerError::validation("transcriptContent.turns must be an array");
    if (input.contains("parser")) {
        const Json& parser = input["parser"];
        if (!parser.is_string() || !isKnownParser(parser.get<std::string>()))
            throw WorkerError::validation("parser must be \"structured-v2\", \"structured-v1\" or \"legacy\"");
    }
    if (input.contains("explain") && !input["explain"].is_boolean())
        throw WorkerError::validation("explain must be true or false", "got " + std::string(input["explain"].type_name()));
}

// The turns as the reference reads them: falsy fields are absent; a truthy non-string is its TypeError.
std::vector<TranscriptTurn> readTurns(const Json& turns)
{
    std::vector<TranscriptTurn> out;
    for (const Json& turn : turns) {
        if (!turn.is_object()) throw InputTypeError("'" + std::string(turn.type_name()) + "' object has no attribute 'get'", "AttributeError");
        TranscriptTurn t;
        for (auto [field, target] : {std::pair{"probePrompt", &t.probePrompt}, std::pair{"targetResponse", &t.targetResponse}}) {
            const Json value = turn.value(field, Json());
            if (!isTruthy(value)) continue;
            if (!value.is_string()) throw InputTypeError("can only concatenate str (not \"" + std::string(value.type_name()) + "\") to str", "TypeError");
            *target = value.get<std::string>();
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::string chooseParser(const Json& input)
{
    if (input.contains("parser")) return input["parser"].get<std::string>();
    if (const auto env = envNonEmpty("VALUERANK_SUMMARIZE_PARSER"); env && isKnownParser(*env)) return *env;
    return kDefaultParser;
}

} // namespace

std::string runSummarizeWorker(std::string_view text)
{
    const Json input = parseWorkerInput(text);
    validate(input);
    const JsonLogger log("summarize");
    const Json transcriptId = input["transcriptId"];
    const Json modelIdJson = input.value("modelId", Json(kDefaultSummaryModel));
    log.info("Starting summarization", {{"transcriptId", transcriptId}, {"modelId", modelIdJson}});
    try {
        const std::vector<TranscriptTurn> turns = readTurns(input["transcriptContent"]["turns"]);
        const Decision decision = parseDecision(turns, chooseParser(input));
        Json summary = Json::object();
        summary["decisionCode"] = decision.code;
        summary["decisionText"] = nullptr;
        summary["decisionMetadata"] = decision.metadata();
        if (input.value("explain", true) != false) {
            const std::string prompt = buildExplanationPrompt(turns);
            try {
                if (!modelIdJson.is_string()) throw InputTypeError("argument of type 'NoneType' is not iterable", "TypeError");
                llm::ChatRequest request;
                request.modelId = modelIdJson.get<std::string>();
                request.messages = {{"user", prompt}};
                request.temperature = 0.0;
                request.maxTokens = 150;
                summary["decisionText"] = tidyExplanation(llm::generateBlocking(request).content);
            } catch (const WorkerError& e) {
                log.error("Summary generation failed", {{"err", JsonLogger::errField(e)}});
                summary["decisionText"] = "LLM error: " + e.message();
                summary["explanationError"] = {{"code", std::string(errorCodeName(e.code()))}, {"message", e.message()}, {"retryable", e.retryable()}};
            } catch (const std::exception& e) {
                const WorkerError classified = WorkerError::classify(e.what(), "Exception");
                log.error("Unexpected error in summary generation", {{"err", JsonLogger::errField("Exception", e.what())}});
                summary["decisionText"] = std::string("LLM error: ") + e.what();
                summary["explanationError"] = {{"code", std::string(errorCodeName(classified.code()))}, {"message", e.what()},
                                               {"retryable", classified.retryable()}};
            }
        }
        log.info("Summarization completed", {{"transcriptId", transcriptId}, {"decisionCode", decision.code}});
        return dumpPythonStyle(successEnvelope("summary", std::move(summary)));
    } catch (const WorkerError& e) {
        log.error("Summarization failed", {{"transcriptId", transcriptId}, {"err", JsonLogger::errField(e)}});
        return dumpPythonStyle(errorEnvelope(e));
    } catch (const InputTypeError& e) {
        log.error("Summarization failed with unexpected error", {{"transcriptId", transcriptId}, {"err", JsonLogger::errField(e.typeName(), e.what())}});
        return dumpPythonStyle(errorEnvelope(WorkerError::classify(e.what(), e.typeName())));
    }
}

} // namespace vr::summarize
