#pragma once
// The open project of the workbench and the one undo stack every edit goes through. Views listen to its
// change signals instead of to each other.
#include "project/project.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace vr::ui {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    // Throw ProjectError; on failure the previous project stays open.
    void open(const QString& path, bool readOnly = false);
    void create(const QString& path);
    // Writes a consistent copy (SQLite VACUUM INTO) and continues on the copy.
    void saveAs(const QString& path);

    bool isOpen() const { return m_project != nullptr; }
    bool isReadOnly() const { return m_project && m_project->isReadOnly(); }
    project::Project& project() { return *m_project; }
    // For work that outlives a switch of project (a run, a summarizer, a background analysis): it keeps the
    // project it started on open and writes into it, never into the one opened since.
    project::SharedProject sharedProject() const { return m_project; }
    QString path() const { return m_project ? m_project->path() : QString(); }
    QUndoStack* undoStack() { return &m_undo; }

    void notifyScenariosChanged() { emit scenariosChanged(); }
    void notifyModelsChanged() { emit modelsChanged(); }
    void notifyRunsChanged() { emit runsChanged(); }
    void notifySummariesChanged(qint64 runId) { emit summariesChanged(runId); }
    // A message for the user, shown in the window's banner (never a blocking dialog).
    void inform(const QString& text, bool isError = false) { emit message(text, isError); }

signals:
    // Before another project replaces the open one: long-lived work on it stops starting new things.
    void aboutToClose();
    void projectOpened();
    void scenariosChanged();
    void modelsChanged();
    void runsChanged();
    void summariesChanged(qint64 runId);
    void message(const QString& text, bool isError);

private:
    void adopt(project::SharedProject project);
    project::SharedProject m_project;
    QUndoStack m_undo;
};

} // namespace vr::ui
