#pragma once
// What a probe will ask, worked out from the worker's input exactly as docs/worker-protocol.md says:
// validation in order, defaults only for absent keys, follow-ups sliced by maxTurns (Python slice semantics,
// maxTurns ≤ 0 included), empty follow-ups skipped while still using up their turn number.
#include "llm/chat.h"
#include "protocol/json.h"

#include <string>
#include <vector>

namespace vr::probe {

struct PlannedTurn {
    int turnNumber = 1;
    Json label;         // "scenario_prompt" for turn 1; a follow-up's label as given
    std::string prompt; // the user text of the turn
};

struct ProbePlan {
    Json runId, scenarioId;
    std::string modelId;
    std::string preamble;             // empty: no system message
    std::vector<PlannedTurn> turns;   // turn 1 first; skipped follow-ups are absent, their numbers unused
    Json temperature, maxTokens, modelConfig, seed;
    bool stream = false; // config.stream: the provider's streaming endpoint, the same transcript
    Json modelCost;                   // echoed into costSnapshot when truthy
};

// §2.2 validation; throws ValidationError with the reference's messages and details, or InputTypeError where
// the reference crashed before its try block (a non-string prompt, a null config): the main() catch-all.
void validateProbeInput(const Json& input);
// Everything the reference did inside its try block; throws InputTypeError for a malformed follow-up list,
// a non-integer maxTurns or a non-string model id (classified as UNKNOWN, not retryable).
ProbePlan planProbe(const Json& input);

// The chat request of one turn over the conversation so far.
llm::ChatRequest chatRequestFor(const ProbePlan& plan, std::vector<llm::ChatMessage> history);

} // namespace vr::probe
