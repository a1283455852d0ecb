#pragma once
// One writing process per project: a QLockFile beside the project (<project>.lock) holding the writer's pid,
// host and program. A second writer, CLI or workbench, is refused with a message naming the holder; a lock left
// by a process that no longer runs on this host is stale and taken over. Within one process every open of the
// same file shares the one lock, so a process never locks itself out.
#include "project/project_error.h"

#include <QString>

#include <memory>

class QLockFile;

namespace vr::project {

// Another process holds the project: pid, host and program are those it wrote into the lock file.
class ProjectLockedError : public ProjectError {
public:
    ProjectLockedError(const QString& path, qint64 pid, const QString& host, const QString& program);
    qint64 pid;
    QString host;
    QString program;
};

class ProjectWriterLock {
public:
    // Throws ProjectLockedError when another live process holds the lock, ProjectError when the lock file cannot
    // be made (the folder is not writable).
    static std::shared_ptr<ProjectWriterLock> acquire(const QString& projectPath);
    ~ProjectWriterLock();
    ProjectWriterLock(const ProjectWriterLock&) = delete;
    ProjectWriterLock& operator=(const ProjectWriterLock&) = delete;

    static QString lockPath(const QString& projectPath) { return projectPath + QStringLiteral(".lock"); }

private:
    explicit ProjectWriterLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace vr::project
