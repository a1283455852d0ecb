#include "scenario_list_model.h"

#include "project_session.h"

#include <QBrush>
#include <QColor>

namespace vr::ui {

ScenarioListModel::ScenarioListModel(ProjectSession& session, QObject* parent) : QAbstractListModel(parent), m_session(session)
{
    connect(&session, &ProjectSession::scenariosChanged, this, &ScenarioListModel::reload);
    reload();
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const project::Scenario& s = m_scenarios.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return s.name.isEmpty() ? tr("(unnamed)") : s.name;
    case Qt::ToolTipRole: return s.prompt.left(300);
    case Qt::ForegroundRole: return s.isRunnable() ? QVariant() : QVariant(QBrush(QColor(180, 40, 40)));
    case IdRole: return s.id;
    case TagsRole: return s.tags;
    case SearchTextRole: return s.name + QLatin1Char('\n') + s.prompt + QLatin1Char('\n') + s.tags.join(QLatin1Char(' '));
    case RunnableRole: return s.isRunnable();
    default: return {};
    }
}

void ScenarioListModel::reload()
{
    beginResetModel();
    m_scenarios = m_session.isOpen() ? m_session.project().scenarios().list() : QList<project::Scenario>();
    endResetModel();
}

const project::Scenario* ScenarioListModel::scenarioAt(int row) const
{
    return row >= 0 && row < m_scenarios.size() ? &m_scenarios[row] : nullptr;
}

int ScenarioListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_scenarios.size(); ++i)
        if (m_scenarios[i].id == id) return i;
    return -1;
}

QStringList ScenarioListModel::allTags() const
{
    QStringList tags;
    for (const project::Scenario& s : m_scenarios)
        for (const QString& t : s.tags)
            if (!tags.contains(t)) tags << t;
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace vr::ui
