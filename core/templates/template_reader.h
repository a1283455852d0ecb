#pragma once
// A template from JSON as ValueRank stores definitions (docs/templates.md, "Format"): the `content` object
// {template, dimensions: [{name, levels: [{score, label, options}]}], preamble}, dimensions also in the older
// form {name, values: [text, …]} (scores 1, 2, …). Keys it does not know (description, …) are ignored.
// Throws TemplateError naming the field and where it is; what the fields mean is checked by checkTemplate.
#include "protocol/json.h"
#include "templates/scenario_template.h"

namespace vr::templates {

// The content object alone (the worker's `content`); the template has no name.
ScenarioTemplate templateFromContent(const Json& content);
// A definition {name, content: {…}}, or a bare content object; the name is the document's, else fallbackName.
ScenarioTemplate templateFromDocument(const Json& document, const QString& fallbackName);

} // namespace vr::templates
