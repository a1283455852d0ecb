#pragma once
// What follows "mock:": a name and optional settings, `mock:<name>?first-bias=<δ>` (docs/worker-protocol.md,
// "The mock provider").
#include <string>
#include <string_view>

namespace vr::llm {

struct MockOptions {
    std::string name;       // before "?": what the simulated model's own lean is made from
    double firstBias = 0.0; // δ: how far its rating moves toward the option presented first
};

// Throws WorkerError (VALIDATION_ERROR) for an empty name, an unknown setting or a δ that is not a number in [0, 2].
MockOptions parseMockOptions(std::string_view model);

} // namespace vr::llm
