#include "project_session.h"

#include "desktop_recent_files.h"
#include "project/private_file_writer.h"
#include "workbench_settings.h"

#include <QFile>

namespace vr::ui {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent)
{
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::adopt(project::SharedProject project)
{
    if (m_project) emit aboutToClose();
    m_undo.clear();
    m_project = std::move(project);
    WorkbenchSettings().addRecentProject(m_project->path());
    addToDesktopRecentFiles(m_project->path()); // the desktop's recent files and jump lists, where it keeps them
    emit projectOpened();
    emit scenariosChanged();
    emit modelsChanged();
    emit runsChanged();
}

void ProjectSession::open(const QString& path, bool readOnly)
{
    adopt(std::make_shared<project::Project>(path, readOnly ? project::ProjectDatabase::OpenMode::ReadOnly
                                                            : project::ProjectDatabase::OpenMode::OpenExisting));
}

void ProjectSession::create(const QString& path)
{
    for (const QString& stale : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) QFile::remove(stale);
    adopt(std::make_shared<project::Project>(path, project::ProjectDatabase::OpenMode::CreateNew));
}

void ProjectSession::saveAs(const QString& path)
{
    if (!m_project) return;
    for (const QString& stale : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) QFile::remove(stale);
    // The copy is private like every project: made empty with mode 0600 first (VACUUM INTO fills an empty file).
    project::PrivateFileWriter::writeAll(path, {});
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    m_project->database().run(QStringLiteral("VACUUM INTO '%1'").arg(escaped));
    open(path);
}

} // namespace vr::ui
