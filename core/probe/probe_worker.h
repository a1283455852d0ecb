#pragma once
// valuerank-probe's job: input text in, envelope text out (docs/worker-protocol.md).
#include <string>
#include <string_view>

namespace vr::probe {

// Throws for the worker entry point's catch-all only where the reference's main() would have crashed.
std::string runProbeWorker(std::string_view input);

} // namespace vr::probe
