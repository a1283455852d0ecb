#pragma once
// A YAML document as JSON, so YAML and JSON templates go through one reader: maps (keys as text), sequences, and
// plain scalars as YAML 1.2's core schema reads them (null, true/false, decimal integers, floats); quoted and
// block scalars, and any other plain scalar, are text. Throws TemplateError with the line on a syntax error.
#include "protocol/json.h"

#include <string>

namespace vr::templates {

Json yamlToJson(const std::string& text);

} // namespace vr::templates
