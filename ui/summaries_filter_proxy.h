#pragma once
// The summaries table filtered by the stage of the parser that decided (decisionMetadata.method) and by the
// `ambiguous` flag, so a researcher can review exactly the uncertain decisions; sortable by any column.
#include <QSortFilterProxyModel>

namespace vr::ui {

class SummariesFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStage(const QString& method); // "" shows every stage
    void setOnlyAmbiguous(bool only);
    // The distinct stages of the source rows, sorted.
    QStringList stages() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_stage;
    bool m_onlyAmbiguous = false;
};

} // namespace vr::ui
