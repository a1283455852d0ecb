#pragma once
// Which provider serves a model id, and the model name it is sent as (docs/worker-protocol.md,
// "Models": `local:`/`ollama:` and `mock:` route only by their explicit prefix).
#include "llm/provider.h"

#include <string>
#include <string_view>

namespace vr::llm {

struct ModelRoute {
    Provider provider = Provider::Unknown;
    std::string model; // the id without its prefix (everything after the first ':')
};

// The reference's infer_provider on the full id: an explicit known prefix, else substring patterns in order
// (openai: gpt, text-, o1, davinci, curie, babbage, ada; then claude, gemini, grok, deepseek, mistral).
Provider inferProvider(std::string_view modelId);
// Everything after the first ':', whatever the prefix; the id unchanged when it has none.
std::string cleanModelName(std::string_view modelId);
// Both; throws UNSUPPORTED_PROVIDER "Cannot determine provider for model '<id>'" for an unknown one.
ModelRoute routeModel(std::string_view modelId);

} // namespace vr::llm
