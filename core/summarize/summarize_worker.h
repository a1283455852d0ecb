#pragma once
// valuerank-summarize's job (docs/worker-protocol.md): the decision code by the chosen
// parser, then an explanation from the summary model, which may fail without failing the summary.
#include <string>
#include <string_view>

namespace vr::summarize {

std::string runSummarizeWorker(std::string_view input);

} // namespace vr::summarize
