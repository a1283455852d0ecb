#pragma once
// The generate_scenarios worker (docs/worker-protocol.md, "generate-scenarios"): ValueRank's deterministic
// expansion of a definition's content into scenarios, with seeded option choices.
// Input {definitionId, content: {template, dimensions, preamble}, [seed]} →
// {success, scenarios: [{name, content: {preamble, prompt, dimensions}}], metadata, debug}.
#include <string>
#include <string_view>

namespace vr::templates {

// The whole envelope, serialised on one line; a bad template or input is a VALIDATION_ERROR envelope.
std::string runGenerateScenariosWorker(std::string_view input);

} // namespace vr::templates
