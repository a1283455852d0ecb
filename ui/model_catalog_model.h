#pragma once
// The model catalog as an editable table: provider, model id, display name, prices, max concurrency, enabled.
// Edits go through undo commands.
#include "project/model_entry.h"

#include <QAbstractTableModel>

namespace vr::ui {

class ProjectSession;

class ModelCatalogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Provider, ModelId, DisplayName, InputPrice, OutputPrice, MaxConcurrency, SendsTemperature, TokenLimit, Enabled, ColumnCount };

    explicit ModelCatalogModel(ProjectSession& session, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    void reload();
    const project::ModelEntry* modelAt(int row) const;

private:
    ProjectSession& m_session;
    QList<project::ModelEntry> m_models;
};

} // namespace vr::ui
