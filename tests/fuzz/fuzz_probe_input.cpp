// libFuzzer: valuerank-probe's input handling up to the first provider call (parse, validation, planning, the
// chat request and every adapter's request body).
#include "llm/provider_adapter.h"
#include "probe/probe_plan.h"
#include "protocol/envelope.h"
#include "protocol/worker_error.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool keys = [] {
        for (const char* k : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY", "MISTRAL_API_KEY"})
            setenv(k, "fuzz-key-0123456789", 1);
        return true;
    }();
    (void)keys;
    try {
        const vr::Json input = vr::parseWorkerInput(std::string_view(reinterpret_cast<const char*>(data), size));
        vr::probe::validateProbeInput(input);
        const vr::probe::ProbePlan plan = vr::probe::planProbe(input);
        std::vector<vr::llm::ChatMessage> history;
        for (const auto& turn : plan.turns) history.push_back({"user", turn.prompt});
        const vr::llm::ChatRequest request = vr::probe::chatRequestFor(plan, history);
        for (auto provider : {vr::llm::Provider::OpenAI, vr::llm::Provider::Anthropic, vr::llm::Provider::Google, vr::llm::Provider::DeepSeek})
            for (bool stream : {false, true}) (void)vr::llm::makeProviderAdapter(provider)->buildRequest("model", request, stream);
    } catch (const vr::WorkerError&) {
    } catch (const vr::InputTypeError&) {
    }
    return 0;
}
