#pragma once
// The project's scenarios as a list (name; tags and prompt for searching), refreshed from the store.
#include "project/scenario.h"

#include <QAbstractListModel>

namespace vr::ui {

class ProjectSession;

class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TagsRole, SearchTextRole, RunnableRole };

    explicit ScenarioListModel(ProjectSession& session, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    void reload();
    const project::Scenario* scenarioAt(int row) const;
    int rowOf(qint64 id) const;
    QStringList allTags() const;

private:
    ProjectSession& m_session;
    QList<project::Scenario> m_scenarios;
};

} // namespace vr::ui
