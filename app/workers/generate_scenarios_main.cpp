#include "protocol/worker_main.h"
#include "templates/generate_scenarios_worker.h"

int main(int argc, char** argv)
{
    vr::WorkerDefinition worker;
    worker.binaryName = "valuerank-generate-scenarios";
    worker.logContext = "generate_scenarios";
    worker.summary = "expand a definition's template into one scenario per combination of its dimensions' levels";
    worker.helpDetails =
        "Input: {\"definitionId\", \"content\": {\"template\", \"dimensions\": [{\"name\", \"levels\": [{\"score\", \"label\",\n"
        "        \"options\": [...]}]}], \"preamble\"}, \"seed\" (optional, default 0)}\n"
        "Output: {\"success\": true, \"scenarios\": [{\"name\", \"content\": {\"preamble\", \"prompt\", \"dimensions\"}}],\n"
        "        \"metadata\": {\"inputTokens\", \"outputTokens\", \"modelVersion\": \"deterministic\", \"seed\", \"warnings\"},\n"
        "        \"debug\": {...}}\n"
        "The same content and seed give the same scenarios. The template format: docs/templates.md.\n";
    worker.catchAllHasDetails = false;
    worker.run = [](std::string_view input) { return vr::templates::runGenerateScenariosWorker(input); };
    return vr::runWorker(argc, argv, worker);
}
