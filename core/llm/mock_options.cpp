#include "llm/mock_options.h"

#include "protocol/worker_error.h"

#include <cmath>
#include <cstdlib>

namespace vr::llm {

MockOptions parseMockOptions(std::string_view model)
{
    MockOptions options;
    const auto query = model.find('?');
    options.name = std::string(model.substr(0, query));
    if (options.name.empty()) throw WorkerError::validation("A mock model needs a name after \"mock:\" (for example mock:demo-a)");
    if (query == std::string_view::npos) return options;
    std::string_view rest = model.substr(query + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view setting = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        const auto eq = setting.find('=');
        const std::string key(setting.substr(0, eq));
        const std::string value(eq == std::string_view::npos ? std::string_view() : setting.substr(eq + 1));
        if (key != "first-bias")
            throw WorkerError::validation("Unknown mock setting \"" + key + "\" (the mock takes ?first-bias=<δ>)");
        char* end = nullptr;
        const double delta = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || !std::isfinite(delta) || delta < 0.0 || delta > 2.0)
            throw WorkerError::validation("first-bias must be a number from 0 to 2, not \"" + value + "\"");
        options.firstBias = delta;
    }
    return options;
}

} // namespace vr::llm
