#pragma once
// A run as a grid: scenarios down, models across; each cell shows its samples' state and decisions.
#include "project/run_records.h"

#include <QAbstractTableModel>

namespace vr::ui {

class ProjectSession;

class RunGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { CellIdsRole = Qt::UserRole + 1, MeanDecisionRole, StateRole };

    explicit RunGridModel(ProjectSession& session, QObject* parent = nullptr);
    void setRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Slot {
        QList<qint64> cellIds;
        int done = 0, running = 0, failed = 0, total = 0;
        QStringList decisions;
        QString lastError;
    };
    const Slot& slotAt(int row, int column) const { return m_slots[static_cast<size_t>(row * m_models.size() + column)]; }

    ProjectSession& m_session;
    qint64 m_runId = 0;
    QStringList m_scenarios, m_models;
    std::vector<Slot> m_slots;
};

} // namespace vr::ui
