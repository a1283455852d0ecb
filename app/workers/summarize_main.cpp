#include "protocol/worker_main.h"
#include "summarize/summarize_worker.h"

int main(int argc, char** argv)
{
    vr::WorkerDefinition worker;
    worker.binaryName = "valuerank-summarize";
    worker.logContext = "summarize";
    worker.summary = "read the decision code (1-5 or other) from a transcript and explain it";
    worker.helpDetails =
        "Input: {\"transcriptId\", \"transcriptContent\": {\"turns\": [{\"probePrompt\", \"targetResponse\"}]},\n"
        "        \"modelId\" (default anthropic:claude-sonnet-4-20250514), \"parser\": \"structured-v2\"|\"structured-v1\"|\"legacy\",\n"
        "        \"explain\": true|false}\n"
        "Output: {\"success\": true, \"summary\": {\"decisionCode\", \"decisionText\", \"decisionMetadata\": {parser, method,\n"
        "        matchedText, refusal, ambiguous}, [\"explanationError\"]}}\n"
        "Environment: VALUERANK_SUMMARIZE_PARSER=legacy reproduces the reference's first-digit rule.\n";
    worker.run = [](std::string_view input) { return vr::summarize::runSummarizeWorker(input); };
    return vr::runWorker(argc, argv, worker);
}
