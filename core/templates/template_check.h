#pragma once
// What makes a template unusable, found before anything is expanded (docs/templates.md, "Errors"): a dimension
// without a name, without levels, with a score used twice or a level with no text; two dimensions whose
// placeholders cannot be told apart; a placeholder no dimension answers to; a scale line or [Name_ScoreN] asking for
// a score the dimension lacks. Throws TemplateError naming each such problem and its line; returns warnings
// (a dimension the text never mentions).
#include "templates/scenario_template.h"

#include <QStringList>

namespace vr::templates {

QStringList checkTemplate(const ScenarioTemplate& tmpl);

} // namespace vr::templates
