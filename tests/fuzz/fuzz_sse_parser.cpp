// libFuzzer: the server-sent events parser, fed in chunks the input chooses, and each provider family's stream
// decoder on the events it yields.
#include "llm/provider_adapter.h"
#include "llm/sse_parser.h"
#include "protocol/worker_error.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) return 0;
    const size_t chunk = 1 + data[0] % 17;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    for (auto provider : {vr::llm::Provider::OpenAI, vr::llm::Provider::Anthropic, vr::llm::Provider::Google}) {
        vr::llm::SseParser parser;
        auto decoder = vr::llm::makeProviderAdapter(provider)->makeStreamDecoder();
        try {
            for (size_t i = 0; i < text.size(); i += chunk)
                for (const auto& event : parser.feed(text.substr(i, chunk))) (void)decoder->onEvent(event);
            (void)decoder->result();
        } catch (const vr::WorkerError&) {
        }
    }
    return 0;
}
