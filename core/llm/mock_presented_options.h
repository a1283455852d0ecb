#pragma once
// The two options as a prompt rendered from declared options presents them ("Option A: …" then "Option B: …",
// docs/project-file-format.md, "Scenario options"), so the mock knows which one it is shown first.
#include <optional>
#include <string>

namespace vr::llm {

struct PresentedOptions {
    std::string first;  // the text after "Option A: "
    std::string second; // the text after "Option B: "
};

// None when the prompt has not exactly one line starting "Option A: " and one starting "Option B: ".
std::optional<PresentedOptions> presentedOptions(const std::string& prompt);

} // namespace vr::llm
