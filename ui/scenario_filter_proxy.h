#pragma once
// Narrows the scenario list to a search text (name, prompt, tags) and a tag.
#include <QSortFilterProxyModel>

namespace vr::ui {

class ScenarioFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString& text);
    void setTag(const QString& tag); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_tag;
};

} // namespace vr::ui
