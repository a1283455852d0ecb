#pragma once
// What a model family accepts and costs (resources/model_capabilities.json, built into the library;
// docs/model-capabilities.md): whether it takes a temperature and a seed, which parameter limits its answer,
// whether it reasons, its context window and list prices. A request's modelConfig overrides the table.
#include "llm/provider.h"
#include "protocol/json.h"

#include <optional>
#include <string>

namespace vr::llm {

struct ChatRequest;

struct ModelCapabilities {
    std::string family;                // the rule that matched ("openai-reasoning"), "" for the reference's defaults
    bool temperature = true;           // send a temperature at all
    std::string tokenLimitParam = "max_tokens"; // OpenAI-compatible APIs: max_tokens or max_completion_tokens
    bool seed = true;
    bool reasons = false;              // answers carry reasoning (traces or reasoning tokens)
    std::optional<long long> contextWindow;
    std::optional<double> inputPrice, outputPrice; // USD per million tokens

    Json toJson() const;
};

// The table's entry for a model (its name without the provider prefix).
ModelCapabilities tableCapabilities(Provider provider, const std::string& model);

// What a request sends. With no modelConfig the table decides. A modelConfig object is the caller's word, as in
// the reference: the reference's defaults (temperature sent, max_tokens) with its keys applied —
// "maxTokensParam", "temperature" (false: never sent), "seed" (false: never sent).
ModelCapabilities requestCapabilities(Provider provider, const std::string& model, const Json& modelConfig);

// Whether this request sends its temperature / its seed: the model takes one, the request has one, and the
// provider has not refused it during this call.
bool sendsTemperature(const ModelCapabilities& capabilities, const ChatRequest& request);
bool sendsSeed(const ModelCapabilities& capabilities, const ChatRequest& request);

// The table's entry as a modelConfig object, for the catalog to store and edit.
Json capabilitiesAsModelConfig(const ModelCapabilities& capabilities);

} // namespace vr::llm
