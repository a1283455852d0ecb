#pragma once
// A template that cannot be expanded: the message names what is wrong and where (dimension, level, line).
#include <stdexcept>
#include <string>

namespace vr::templates {

class TemplateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace vr::templates
