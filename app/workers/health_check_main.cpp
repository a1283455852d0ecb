#include "health/health_report.h"
#include "protocol/envelope.h"
#include "protocol/worker_main.h"

int main(int argc, char** argv)
{
    vr::WorkerDefinition worker;
    worker.binaryName = "valuerank-health-check";
    worker.logContext = "health_check";
    worker.summary = "report the runtime, its libraries and which provider API keys are configured";
    worker.helpDetails = "Input is read and ignored. Keys: OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY,\n"
                         "XAI_API_KEY, DEEPSEEK_API_KEY, MISTRAL_API_KEY (environment, or a .env file found\n"
                         "from the working directory upward).\n";
    worker.catchAllHasDetails = false;
    worker.requiresInput = false;
    worker.run = [](std::string_view) {
        return vr::dumpPythonStyle(vr::successEnvelope("health", vr::buildHealthReport()));
    };
    return vr::runWorker(argc, argv, worker);
}
