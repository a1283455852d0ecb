#include "probe/probe_worker.h"

#include "probe/probe_session.h"
#include "protocol/envelope.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"

namespace vr::probe {

std::string runProbeWorker(std::string_view input)
{
    const Json document = parseWorkerInput(input);
    validateProbeInput(document);
    const JsonLogger log("probe");
    const Json runId = document["runId"];
    log.info("Starting probe", {{"runId", runId}, {"scenarioId", document["scenarioId"]}, {"modelId", document["modelId"]}});
    try {
        const ProbePlan plan = planProbe(document);
        Json transcript = runProbeBlocking(plan);
        Json cost;
        if (transcript.contains("costSnapshot")) {
            const Json& s = transcript["costSnapshot"];
            cost = s["estimatedCost"];
        }
        log.info("Probe completed", {{"runId", runId}, {"scenarioId", plan.scenarioId}, {"modelId", plan.modelId},
                                     {"turns", transcript["turns"].size()}, {"inputTokens", transcript["totalInputTokens"]},
                                     {"outputTokens", transcript["totalOutputTokens"]}, {"estimatedCost", cost}});
        return dumpPythonStyle(successEnvelope("transcript", std::move(transcript)));
    } catch (const WorkerError& e) {
        log.error("Probe failed", {{"runId", runId}, {"err", JsonLogger::errField(e)}});
        return dumpPythonStyle(errorEnvelope(e));
    } catch (const InputTypeError& e) {
        const WorkerError classified = WorkerError::classify(e.what(), e.typeName());
        log.error("Probe failed with unexpected error", {{"runId", runId}, {"err", JsonLogger::errField(e.typeName(), e.what())}});
        return dumpPythonStyle(errorEnvelope(classified));
    } catch (const std::exception& e) {
        const WorkerError classified = WorkerError::classify(e.what(), "Exception");
        log.error("Probe failed with unexpected error", {{"runId", runId}, {"err", JsonLogger::errField("Exception", e.what())}});
        return dumpPythonStyle(errorEnvelope(classified));
    }
}

} // namespace vr::probe
