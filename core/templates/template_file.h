#pragma once
// A template file (docs/templates.md, "Format"): YAML for .yaml and .yml, JSON otherwise. The template's name is the
// document's `name`, else the file's base name. Throws TemplateError for an unreadable file or a bad template,
// the message starting with the file's name.
#include "templates/scenario_template.h"

namespace vr::templates {

ScenarioTemplate readTemplateFile(const QString& path);

} // namespace vr::templates
