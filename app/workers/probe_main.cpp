#include "probe/probe_worker.h"
#include "protocol/worker_main.h"

int main(int argc, char** argv)
{
    vr::WorkerDefinition worker;
    worker.binaryName = "valuerank-probe";
    worker.logContext = "probe";
    worker.summary = "put one scenario to one model over several turns and return the transcript";
    worker.helpDetails =
        "Input: {\"runId\", \"scenarioId\", \"modelId\", \"scenario\": {\"preamble\", \"prompt\", \"followups\": [{\"label\", \"prompt\"}]},\n"
        "        \"config\": {\"temperature\", \"maxTokens\", \"maxTurns\", \"seed\"}, \"modelCost\", \"modelConfig\"}\n"
        "Model ids: openai:, anthropic:, google:, xai:, deepseek:, mistral:, local:/ollama: (OpenAI-compatible at\n"
        "LOCAL_BASE_URL), mock: (offline, deterministic), or a bare id routed by name (gpt-…, claude-…, gemini-…).\n"
        "Environment: <PROVIDER>_API_KEY, <PROVIDER>_BASE_URL, VALUERANK_HTTP_TIMEOUT_MS, VALUERANK_RETRY_DELAY_SCALE,\n"
        "VALUERANK_MOCK_LATENCY_MS.\n";
    worker.run = [](std::string_view input) { return vr::probe::runProbeWorker(input); };
    return vr::runWorker(argc, argv, worker);
}
