#pragma once
// An open project: the database and the repositories over it.
#include "project/model_repository.h"
#include "project/project_database.h"
#include "project/run_repository.h"
#include "project/scenario_repository.h"

#include <memory>

namespace vr::project {

class Project {
public:
    explicit Project(const QString& path, ProjectDatabase::OpenMode mode = ProjectDatabase::OpenMode::OpenExisting)
        : m_db(path, mode), m_scenarios(m_db), m_models(m_db), m_runs(m_db)
    {
    }

    ProjectDatabase& database() { return m_db; }
    const ProjectDatabase& database() const { return m_db; }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    ScenarioRepository& scenarios() { return m_scenarios; }
    ModelRepository& models() { return m_models; }
    RunRepository& runs() { return m_runs; }
    const QString& path() const { return m_db.path(); }

private:
    ProjectDatabase m_db;
    ScenarioRepository m_scenarios;
    ModelRepository m_models;
    RunRepository m_runs;
};

// How long-lived work (a run, a summarizer, a background analysis) holds a project: it stays open, and every
// write lands in it, until the last holder lets go, whichever project the workbench has open by then.
using SharedProject = std::shared_ptr<Project>;


} // namespace vr::project
