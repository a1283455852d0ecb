#pragma once
// Every edit of the workbench as a QUndoCommand on the session's one stack: scenarios, models, overrides.
// Each command writes through the project store, so undo and redo change the file, not only the screen, and
// a removed scenario or model comes back under its own id, so later commands and the runs that used it still
// refer to it.
#include "project/model_entry.h"
#include "project/scenario.h"

#include <QUndoCommand>

#include <optional>

namespace vr::ui {

class ProjectSession;

// QUndoCommand::id() of the commands that merge, one value each.
enum class MergeId : int {
    EditScenario = 1,
};

class AddScenarioCommand : public QUndoCommand {
public:
    AddScenarioCommand(ProjectSession& session, project::Scenario scenario);
    void redo() override;
    void undo() override;
    qint64 scenarioId() const { return m_scenario.id; }

private:
    ProjectSession& m_session;
    project::Scenario m_scenario;
};

class RemoveScenarioCommand : public QUndoCommand {
public:
    RemoveScenarioCommand(ProjectSession& session, project::Scenario scenario);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    project::Scenario m_scenario;
    QList<qint64> m_orderBefore;
};

class EditScenarioCommand : public QUndoCommand {
public:
    EditScenarioCommand(ProjectSession& session, project::Scenario before, project::Scenario after);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(MergeId::EditScenario); }
    // Typing in one field merges into one step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectSession& m_session;
    project::Scenario m_before, m_after;
};

class ReorderScenariosCommand : public QUndoCommand {
public:
    ReorderScenariosCommand(ProjectSession& session, QList<qint64> before, QList<qint64> after);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    QList<qint64> m_before, m_after;
};

class AddModelCommand : public QUndoCommand {
public:
    AddModelCommand(ProjectSession& session, project::ModelEntry model);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    project::ModelEntry m_model;
};

class RemoveModelCommand : public QUndoCommand {
public:
    RemoveModelCommand(ProjectSession& session, project::ModelEntry model);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    project::ModelEntry m_model;
};

class EditModelCommand : public QUndoCommand {
public:
    EditModelCommand(ProjectSession& session, project::ModelEntry before, project::ModelEntry after);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    project::ModelEntry m_before, m_after;
};

// A researcher's decision code for one transcript, kept apart from the parsed one.
class OverrideDecisionCommand : public QUndoCommand {
public:
    OverrideDecisionCommand(ProjectSession& session, qint64 runId, qint64 transcriptId, std::optional<QString> before,
                            std::optional<QString> after);
    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    qint64 m_runId, m_transcriptId;
    std::optional<QString> m_before, m_after;
};

} // namespace vr::ui
