#include "summaries_filter_proxy.h"

#include "summaries_model.h"

#include <QSet>

namespace vr::ui {

template <typename T>
void SummariesFilterProxy::change(T& member, T value)
{
    if (member == value) return;
    member = std::move(value);
    invalidateFilter();
}

void SummariesFilterProxy::setStage(const QString& method)
{
    change(m_stage, method);
}

void SummariesFilterProxy::setOnlyAmbiguous(bool only)
{
    change(m_onlyAmbiguous, only);
}

void SummariesFilterProxy::setModelName(const QString& model)
{
    change(m_model, model);
}

void SummariesFilterProxy::setDecision(const QString& decision)
{
    change(m_decision, decision);
}

void SummariesFilterProxy::setOnlyOverridden(bool only)
{
    change(m_onlyOverridden, only);
}

void SummariesFilterProxy::setOnlyRefusals(bool only)
{
    change(m_onlyRefusals, only);
}

void SummariesFilterProxy::setOnlyCutShort(bool only)
{
    change(m_onlyCutShort, only);
}

void SummariesFilterProxy::setSearchMatches(std::optional<QHash<qint64, QString>> matches)
{
    m_matches = std::move(matches);
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

QVariant SummariesFilterProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::ToolTipRole && m_matches) {
        const auto match = m_matches->constFind(index.data(SummariesModel::TranscriptIdRole).toLongLong());
        if (match != m_matches->constEnd() && !match->isEmpty()) return *match;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool SummariesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const auto text = [&](int column) { return source->index(sourceRow, column, sourceParent).data(Qt::EditRole).toString(); };
    if (m_matches && !m_matches->contains(source->index(sourceRow, 0, sourceParent).data(SummariesModel::TranscriptIdRole).toLongLong()))
        return false;
    if (!m_stage.isEmpty() && text(SummariesModel::Method) != m_stage) return false;
    if (m_onlyAmbiguous && !source->index(sourceRow, SummariesModel::Ambiguous, sourceParent).data(SummariesModel::AmbiguousRole).toBool())
        return false;
    if (!m_model.isEmpty() && text(SummariesModel::Model) != m_model) return false;
    if (!m_decision.isEmpty()) {
        const QString override = text(SummariesModel::Override);
        const QString effective = override.isEmpty() ? text(SummariesModel::Decision) : override;
        if (m_decision == kNotSummarized ? !effective.isEmpty() : effective != m_decision) return false;
    }
    if (m_onlyOverridden && text(SummariesModel::Override).isEmpty()) return false;
    if (m_onlyRefusals && text(SummariesModel::Refusal).isEmpty()) return false;
    if (m_onlyCutShort && text(SummariesModel::CutShort).isEmpty()) return false;
    return true;
}

} // namespace vr::ui
