#include "analysis/basic_analysis.h"
#include "protocol/worker_main.h"

int main(int argc, char** argv)
{
    vr::WorkerDefinition worker;
    worker.binaryName = "valuerank-analyze-basic";
    worker.logContext = "analyze_basic";
    worker.summary = "per-model statistics, model agreement, dimension impact and contested scenarios of a run";
    worker.helpDetails = "Input: {\"runId\": \"…\", \"transcripts\": [{\"id\", \"modelId\", \"scenarioId\",\n"
                         "  \"summary\": {\"score\": 1-5 or null}, \"scenario\": {\"name\", \"dimensions\": {name: number}}}]}\n"
                         "Output: {\"success\": true, \"analysis\": {perModel, modelAgreement, dimensionAnalysis,\n"
                         "  mostContestedScenarios, visualizationData, methodsUsed, warnings, computedAt, durationMs}}\n"
                         "Inputs of hundreds of megabytes are read in one pass (simdjson) into compact records.\n";
    worker.catchAllHasDetails = false;
    worker.run = [](std::string_view input) { return vr::analysis::runBasicAnalysis(input); };
    return vr::runWorker(argc, argv, worker);
}
