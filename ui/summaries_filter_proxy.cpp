#include "summaries_filter_proxy.h"

#include "summaries_model.h"

#include <QSet>

namespace vr::ui {

void SummariesFilterProxy::setStage(const QString& method)
{
    if (method == m_stage) return;
    m_stage = method;
    invalidateFilter();
}

void SummariesFilterProxy::setOnlyAmbiguous(bool only)
{
    if (only == m_onlyAmbiguous) return;
    m_onlyAmbiguous = only;
    invalidateFilter();
}

QStringList SummariesFilterProxy::stages() const
{
    QSet<QString> seen;
    const QAbstractItemModel* source = sourceModel();
    for (int row = 0; source && row < source->rowCount(); ++row) {
        const QString method = source->index(row, SummariesModel::Method).data(Qt::EditRole).toString();
        if (!method.isEmpty()) seen.insert(method);
    }
    QStringList out(seen.begin(), seen.end());
    out.sort();
    return out;
}

bool SummariesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (!m_stage.isEmpty() && source->index(sourceRow, SummariesModel::Method, sourceParent).data(Qt::EditRole).toString() != m_stage)
        return false;
    if (m_onlyAmbiguous && !source->index(sourceRow, SummariesModel::Ambiguous, sourceParent).data(SummariesModel::AmbiguousRole).toBool())
        return false;
    return true;
}

} // namespace vr::ui
