#include "scenario_filter_proxy.h"

#include "scenario_list_model.h"

namespace vr::ui {

void ScenarioFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ScenarioFilterProxy::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool ScenarioFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(ScenarioListModel::TagsRole).toStringList().contains(m_tag)) return false;
    if (m_search.isEmpty()) return true;
    return index.data(ScenarioListModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace vr::ui
