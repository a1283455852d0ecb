// libFuzzer: both scenario importers (the project's JSON and the original ValueRank YAML).
#include "project/project_error.h"
#include "project/scenario_io.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto imported = vr::project::importScenariosJson(text);
        (void)vr::project::exportScenariosJson(imported.scenarios);
    } catch (const vr::project::ProjectError&) {
    }
    try {
        (void)vr::project::importScenariosYaml(text);
    } catch (const vr::project::ProjectError&) {
    }
    return 0;
}
