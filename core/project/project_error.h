#pragma once
// A project file that cannot be used as asked: not a project, written by a newer version, or a failed write.
#include <stdexcept>
#include <string>

namespace vr::project {

class ProjectError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace vr::project
