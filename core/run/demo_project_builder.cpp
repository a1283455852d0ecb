#include "run/demo_project_builder.h"

#include "project/project.h"
#include "project/scenario_io.h"
#include "protocol/run_to_completion.h"
#include "run/run_analysis.h"
#include "run/run_engine.h"
#include "run/run_summarizer.h"

#include <QFile>

namespace vr::run {

void buildDemoProject(const QString& path, const QString& scenariosJson, const QString& modelsJson, int samples)
{
    for (const QString& stale : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) QFile::remove(stale);
    const project::SharedProject opened = std::make_shared<project::Project>(path, project::ProjectDatabase::OpenMode::CreateNew);
    project::Project& p = *opened;
    const project::ScenarioImport imported = project::importScenarioFile(scenariosJson);
    if (!imported.rejected.isEmpty()) throw project::ProjectError(("Demo scenarios rejected: " + imported.rejected.join("; ")).toStdString());
    p.scenarios().addAll(imported.scenarios);

    QFile modelsFile(modelsJson);
    if (!modelsFile.open(QIODevice::ReadOnly)) throw project::ProjectError(("Cannot read " + modelsJson).toStdString());
    QList<project::ModelEntry> models;
    const Json modelList = Json::parse(modelsFile.readAll().toStdString());
    for (const Json& m : modelList["models"]) {
        project::ModelEntry entry = project::ModelEntry::fromJson(m);
        entry.id = p.models().add(entry);
        models << entry;
    }

    project::RunConfig config;
    config.name = QStringLiteral("Demo run");
    config.samples = samples;
    config.maxTurns = 3;
    config.seed = 7;
    const qint64 runId = p.runs().create(config, p.scenarios().list(), models);
    {
        RunEngine engine(opened, runId);
        runToCompletion(engine);
    }
    {
        SummarizeOptions options;
        options.explanationModel = QStringLiteral("mock:explainer");
        RunSummarizer summarizer(opened, runId, options);
        runToCompletion(summarizer);
    }
    analyzeRun(p, runId);
    p.database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace vr::run
