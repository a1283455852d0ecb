#include "project/project_writer_lock.h"

#include <QFileInfo>
#include <QLockFile>

#include <map>
#include <mutex>

namespace vr::project {
namespace {

struct Registry {
    std::mutex mutex;
    std::map<QString, std::weak_ptr<ProjectWriterLock>> held; // by canonical project path
};

Registry& registry()
{
    static Registry r;
    return r;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

ProjectLockedError::ProjectLockedError(const QString& path, qint64 pid, const QString& host, const QString& program)
    : ProjectError(QStringLiteral("%1 is being written by another program (%2, process %3 on %4). Only one program may change a "
                                  "project at a time: wait for it to finish or close it there, or open the project read-only.")
                       .arg(path, program.isEmpty() ? QStringLiteral("unknown program") : program)
                       .arg(pid)
                       .arg(host.isEmpty() ? QStringLiteral("an unknown host") : host)
                       .toStdString()),
      pid(pid), host(host), program(program)
{
}

ProjectWriterLock::ProjectWriterLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file))
{
}

ProjectWriterLock::~ProjectWriterLock()
{
    m_file->unlock();
}

std::shared_ptr<ProjectWriterLock> ProjectWriterLock::acquire(const QString& projectPath)
{
    const QString key = canonical(projectPath);
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    if (auto existing = r.held[key].lock()) return existing;
    auto file = std::make_unique<QLockFile>(lockPath(key));
    file->setStaleLockTime(0); // stale only when the holder no longer runs (a long run must not lose its lock)
    if (!file->tryLock(0)) {
        qint64 pid = 0;
        QString host, program;
        if (file->error() == QLockFile::LockFailedError && file->getLockInfo(&pid, &host, &program))
            throw ProjectLockedError(projectPath, pid, host, program);
        if (file->error() == QLockFile::LockFailedError) {
            // The holder is between creating and filling the lock file: the same answer, without details.
            throw ProjectLockedError(projectPath, 0, {}, {});
        }
        throw ProjectError(QStringLiteral("Cannot lock %1 for writing (the folder is not writable?): %2")
                               .arg(projectPath, lockPath(projectPath))
                               .toStdString());
    }
    std::shared_ptr<ProjectWriterLock> lock(new ProjectWriterLock(std::move(file)));
    r.held[key] = lock;
    return lock;
}

} // namespace vr::project
