#pragma once
// Scenario files in and out: the project's own JSON ({"scenarios": [...]}) and the original ValueRank YAML
// scenario files (a `preamble` plus a `scenarios` map of entries with `subject`, `body` and descriptive keys).
// Import takes every valid entry and reports each rejected one with its reason.
#include "project/scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vr::project {

struct ScenarioImport {
    QList<Scenario> scenarios;
    QStringList rejected; // "entry 3 (Hospital): \"prompt\" is empty"
};

// Throws ProjectError when the file cannot be read or is not JSON/YAML at all (with the line).
ScenarioImport importScenarioFile(const QString& path);
ScenarioImport importScenariosJson(const std::string& text);
// subject → name, body → prompt, string-valued descriptive keys → tags, numeric ones → dimensions.
ScenarioImport importScenariosYaml(const std::string& text);

std::string exportScenariosJson(const QList<Scenario>& scenarios);

} // namespace vr::project
