#pragma once
// The project's scenarios, in the researcher's order.
#include "project/project_database.h"
#include "project/scenario.h"

namespace vr::project {

class ScenarioRepository {
public:
    explicit ScenarioRepository(ProjectDatabase& db) : m_db(db) {}

    QList<Scenario> list();
    std::optional<Scenario> find(qint64 id);
    qint64 add(const Scenario& scenario);           // appended at the end; returns its id
    QList<qint64> addAll(const QList<Scenario>& scenarios);
    // Puts a removed scenario back under its own id (undo), appended at the end: what referred to it (edits on the
    // undo stack, the runs that used it) refers to it again.
    void restore(const Scenario& scenario);
    void update(const Scenario& scenario);
    void remove(qint64 id);
    void reorder(const QList<qint64>& idsInOrder);

private:
    ProjectDatabase& m_db;
};

} // namespace vr::project
