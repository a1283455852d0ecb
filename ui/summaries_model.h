#pragma once
// A run's summaries as a table: decision code, override (editable, undoable, kept apart from the parsed code),
// parser method, refusal/ambiguous flags and the explanation.
#include "project/run_records.h"

#include <QAbstractTableModel>

namespace vr::ui {

class ProjectSession;

class SummariesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scenario, Model, Sample, Decision, Override, Method, Refusal, Ambiguous, CutShort, Explanation, ColumnCount };
    enum Role { TranscriptIdRole = Qt::UserRole + 1, CellIdRole, AmbiguousRole };

    explicit SummariesModel(ProjectSession& session, QObject* parent = nullptr);
    void setRun(qint64 runId);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    ProjectSession& m_session;
    qint64 m_runId = 0;
    QStringList m_scenarioNames, m_modelNames;
    QList<project::TranscriptRow> m_rows;
};

} // namespace vr::ui
