#include "llm/mock_presented_options.h"

#include <sstream>

namespace vr::llm {

std::optional<PresentedOptions> presentedOptions(const std::string& prompt)
{
    std::istringstream lines(prompt);
    std::string line;
    int a = 0, b = 0;
    PresentedOptions found;
    while (std::getline(lines, line)) {
        if (line.rfind("Option A: ", 0) == 0) {
            ++a;
            found.first = line.substr(10);
        } else if (line.rfind("Option B: ", 0) == 0) {
            ++b;
            found.second = line.substr(10);
        }
    }
    if (a != 1 || b != 1 || found.first.empty() || found.second.empty() || found.first == found.second) return std::nullopt;
    return found;
}

} // namespace vr::llm
