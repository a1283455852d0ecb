#include "run_grid_model.h"

#include "display_text.h"
#include "project_session.h"

#include <QBrush>
#include <QColor>

namespace vr::ui {

RunGridModel::RunGridModel(ProjectSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
}

void RunGridModel::setRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

void RunGridModel::reload()
{
    beginResetModel();
    m_scenarios.clear();
    m_models.clear();
    m_slots.clear();
    if (m_session.isOpen() && m_runId > 0) {
        auto& runs = m_session.project().runs();
        for (const project::Scenario& s : runs.scenarios(m_runId)) m_scenarios << s.name;
        for (const project::ModelEntry& m : runs.models(m_runId)) m_models << m.label();
        m_slots.resize(static_cast<size_t>(m_scenarios.size() * m_models.size()));
        QHash<qint64, QString> decisionOfCell;
        for (const project::TranscriptRow& t : runs.transcripts(m_runId, false))
            decisionOfCell.insert(t.cellId, t.effectiveCode().value_or(QStringLiteral("·")));
        for (const project::CellRecord& c : runs.cells(m_runId)) {
            if (c.scenarioIndex >= m_scenarios.size() || c.modelIndex >= m_models.size()) continue;
            Slot& slot = m_slots[static_cast<size_t>(c.scenarioIndex * m_models.size() + c.modelIndex)];
            slot.cellIds << c.id;
            ++slot.total;
            if (c.state == project::CellState::Done) {
                ++slot.done;
                slot.decisions << decisionOfCell.value(c.id, QStringLiteral("·"));
            } else if (c.state == project::CellState::Running) {
                ++slot.running;
            } else if (c.state == project::CellState::Failed) {
                ++slot.failed;
                slot.lastError = failureText(c.errorCode, c.errorMessage);
            }
        }
    }
    endResetModel();
}

int RunGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

int RunGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

QVariant RunGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Slot& slot = slotAt(index.row(), index.column());
    double sum = 0;
    int scored = 0;
    for (const QString& d : slot.decisions) {
        bool ok = false;
        const int v = d.toInt(&ok);
        if (ok) {
            sum += v;
            ++scored;
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        QString text = slot.decisions.join(QLatin1Char(' '));
        if (slot.running) text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("running…");
        if (slot.failed) text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("%n failed", nullptr, slot.failed);
        if (text.isEmpty()) text = tr("pending");
        return text;
    }
    case Qt::ToolTipRole:
        return tr("%1 of %n sample(s) done", nullptr, slot.total).arg(slot.done) + (slot.lastError.isEmpty() ? QString() : QStringLiteral("\n") + slot.lastError);
    case Qt::TextAlignmentRole: return Qt::AlignCenter;
    case Qt::BackgroundRole: {
        if (slot.failed) return QBrush(QColor(246, 205, 205));
        if (slot.running) return QBrush(QColor(253, 240, 190));
        if (scored == 0) return slot.done ? QBrush(QColor(230, 230, 230)) : QVariant();
        // Decision 1 (option A) blue … 5 (option B) orange.
        const double t = (sum / scored - 1.0) / 4.0;
        return QBrush(QColor::fromRgbF(0.55 + 0.4 * t, 0.7 - 0.05 * t, 0.95 - 0.55 * t));
    }
    case CellIdsRole: return QVariant::fromValue(slot.cellIds);
    case MeanDecisionRole: return scored ? QVariant(sum / scored) : QVariant();
    case StateRole: return slot.failed ? QStringLiteral("failed") : slot.running ? QStringLiteral("running") : slot.done == slot.total ? QStringLiteral("done") : QStringLiteral("pending");
    default: return {};
    }
}

QVariant RunGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) return m_models.value(section);
    return m_scenarios.value(section);
}

} // namespace vr::ui
