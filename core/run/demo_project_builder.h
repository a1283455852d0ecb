#pragma once
// Builds the bundled demo project: realistic dilemmas, three priced mock: models, one completed run with
// summaries (explained by a mock model) and its analysis — every view filled with no keys and no network.
#include <QString>

namespace vr::run {

// Writes a new project at `path` (replacing any file there) from the scenario and model JSON files.
// Throws ProjectError on failure.
void buildDemoProject(const QString& path, const QString& scenariosJson, const QString& modelsJson, int samples = 3);

} // namespace vr::run
