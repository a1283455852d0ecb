#pragma once
// The summaries table as a researcher narrows it: by model, by decision (the effective code: the override when
// there is one), overridden only, refusals only, answers cut at the token limit only, by the stage of the parser
// that decided (decisionMetadata.method) and its `ambiguous` flag, and by a full-text search whose matches carry
// the words around them (shown as the row's tooltip); sortable by any column.
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace vr::ui {

class SummariesFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStage(const QString& method); // "" shows every stage
    void setOnlyAmbiguous(bool only);
    void setModelName(const QString& model); // the model's label as the table shows it; "" shows every model
    // "1".."5", "other", …: rows whose effective code is that; kNotSummarized: rows without a code; "": any.
    void setDecision(const QString& decision);
    void setOnlyOverridden(bool only);
    void setOnlyRefusals(bool only);
    void setOnlyCutShort(bool only);
    // The transcripts a search matched, each with the words around its best match; none: no search.
    void setSearchMatches(std::optional<QHash<qint64, QString>> matches);
    bool isSearching() const { return m_matches.has_value(); }
    // The distinct stages of the source rows, sorted.
    QStringList stages() const;

    QVariant data(const QModelIndex& index, int role) const override;

    static inline const QString kNotSummarized = QStringLiteral("-");

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    template <typename T>
    void change(T& member, T value);

    QString m_stage;
    bool m_onlyAmbiguous = false;
    QString m_model;
    QString m_decision;
    bool m_onlyOverridden = false;
    bool m_onlyRefusals = false;
    bool m_onlyCutShort = false;
    std::optional<QHash<qint64, QString>> m_matches;
};

} // namespace vr::ui
