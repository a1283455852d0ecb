#include "edit_commands.h"

#include "project_session.h"

#include <QCoreApplication>

namespace vr::ui {

AddScenarioCommand::AddScenarioCommand(ProjectSession& session, project::Scenario scenario)
    : m_session(session), m_scenario(std::move(scenario))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Add scenario %1").arg(m_scenario.name));
}

void AddScenarioCommand::redo()
{
    if (m_scenario.id > 0) m_session.project().scenarios().restore(m_scenario); // redone after an undo: the same id
    else m_scenario.id = m_session.project().scenarios().add(m_scenario);
    m_session.notifyScenariosChanged();
}

void AddScenarioCommand::undo()
{
    m_session.project().scenarios().remove(m_scenario.id);
    m_session.notifyScenariosChanged();
}

RemoveScenarioCommand::RemoveScenarioCommand(ProjectSession& session, project::Scenario scenario)
    : m_session(session), m_scenario(std::move(scenario))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Remove scenario %1").arg(m_scenario.name));
}

void RemoveScenarioCommand::redo()
{
    m_orderBefore.clear();
    for (const project::Scenario& s : m_session.project().scenarios().list()) m_orderBefore << s.id;
    m_session.project().scenarios().remove(m_scenario.id);
    m_session.notifyScenariosChanged();
}

void RemoveScenarioCommand::undo()
{
    m_session.project().scenarios().restore(m_scenario);
    m_session.project().scenarios().reorder(m_orderBefore);
    m_session.notifyScenariosChanged();
}

EditScenarioCommand::EditScenarioCommand(ProjectSession& session, project::Scenario before, project::Scenario after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Edit scenario %1").arg(m_after.name));
}

void EditScenarioCommand::redo()
{
    m_session.project().scenarios().update(m_after);
    m_session.notifyScenariosChanged();
}

void EditScenarioCommand::undo()
{
    m_session.project().scenarios().update(m_before);
    m_session.notifyScenariosChanged();
}

bool EditScenarioCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditScenarioCommand*>(other);
    if (next->m_after.id != m_after.id) return false;
    // Merge only successive edits of the same text field (typing), not separate changes.
    const project::Scenario& a = m_after;
    const project::Scenario& b = next->m_after;
    const int changedFields = (a.name != b.name) + (a.preamble != b.preamble) + (a.prompt != b.prompt);
    const bool sameRest = a.followups == b.followups && a.dimensions == b.dimensions && a.tags == b.tags;
    if (changedFields != 1 || !sameRest) return false;
    const bool sameField = (a.name != b.name && m_before.name != a.name) || (a.preamble != b.preamble && m_before.preamble != a.preamble)
        || (a.prompt != b.prompt && m_before.prompt != a.prompt);
    if (!sameField) return false;
    m_after = b;
    return true;
}

ReorderScenariosCommand::ReorderScenariosCommand(ProjectSession& session, QList<qint64> before, QList<qint64> after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Reorder scenarios"));
}

void ReorderScenariosCommand::redo()
{
    m_session.project().scenarios().reorder(m_after);
    m_session.notifyScenariosChanged();
}

void ReorderScenariosCommand::undo()
{
    m_session.project().scenarios().reorder(m_before);
    m_session.notifyScenariosChanged();
}

AddModelCommand::AddModelCommand(ProjectSession& session, project::ModelEntry model) : m_session(session), m_model(std::move(model))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Add model %1").arg(m_model.modelId));
}

void AddModelCommand::redo()
{
    if (m_model.id > 0) m_session.project().models().restore(m_model); // redone after an undo: the same id
    else m_model.id = m_session.project().models().add(m_model);
    m_session.notifyModelsChanged();
}

void AddModelCommand::undo()
{
    m_session.project().models().remove(m_model.id);
    m_session.notifyModelsChanged();
}

RemoveModelCommand::RemoveModelCommand(ProjectSession& session, project::ModelEntry model) : m_session(session), m_model(std::move(model))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Remove model %1").arg(m_model.modelId));
}

void RemoveModelCommand::redo()
{
    m_session.project().models().remove(m_model.id);
    m_session.notifyModelsChanged();
}

void RemoveModelCommand::undo()
{
    m_session.project().models().restore(m_model);
    m_session.notifyModelsChanged();
}

EditModelCommand::EditModelCommand(ProjectSession& session, project::ModelEntry before, project::ModelEntry after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("vr::ui::EditCommands", "Edit model %1").arg(m_after.modelId));
}

void EditModelCommand::redo()
{
    m_session.project().models().update(m_after);
    m_session.notifyModelsChanged();
}

void EditModelCommand::undo()
{
    m_session.project().models().update(m_before);
    m_session.notifyModelsChanged();
}

OverrideDecisionCommand::OverrideDecisionCommand(ProjectSession& session, qint64 runId, qint64 transcriptId, std::optional<QString> before,
                                                 std::optional<QString> after)
    : m_session(session), m_runId(runId), m_transcriptId(transcriptId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_after ? QCoreApplication::translate("vr::ui::EditCommands", "Override decision with %1").arg(*m_after) : QCoreApplication::translate("vr::ui::EditCommands", "Clear decision override"));
}

void OverrideDecisionCommand::redo()
{
    m_session.project().runs().setOverride(m_transcriptId, m_after);
    m_session.notifySummariesChanged(m_runId);
}

void OverrideDecisionCommand::undo()
{
    m_session.project().runs().setOverride(m_transcriptId, m_before);
    m_session.notifySummariesChanged(m_runId);
}

} // namespace vr::ui
