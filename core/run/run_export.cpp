#include "run/run_export.h"

#include "project/private_file_writer.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace vr::run {
namespace {

Json transcriptRecord(const project::TranscriptRow& row, const project::Scenario& scenario, const project::ModelEntry& model)
{
    Json j = {{"transcriptId", row.transcriptId}, {"scenario", scenario.name.toStdString()}, {"scenarioIndex", row.scenarioIndex},
              {"model", model.modelId.toStdString()}, {"sample", row.sample}, {"inputTokens", row.inputTokens},
              {"outputTokens", row.outputTokens}, {"cost", row.cost}, {"modelVersion", row.modelVersion.toStdString()},
              {"startedAt", row.startedAt.toStdString()}, {"completedAt", row.completedAt.toStdString()}, {"transcript", row.content}};
    j["decisionCode"] = row.decisionCode ? Json(row.decisionCode->toStdString()) : Json();
    j["overrideCode"] = row.overrideCode ? Json(row.overrideCode->toStdString()) : Json();
    j["effectiveCode"] = row.effectiveCode() ? Json(row.effectiveCode()->toStdString()) : Json();
    j["decisionText"] = row.decisionText.toStdString();
    j["decisionMetadata"] = row.decisionMetadata;
    return j;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    if (name == QLatin1String("csv")) return ExportFormat::Csv;
    if (name == QLatin1String("jsonl")) return ExportFormat::JsonLines;
    if (name == QLatin1String("json")) return ExportFormat::Json;
    return std::nullopt;
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

int exportRun(project::Project& project, qint64 runId, ExportFormat format, const QString& path)
{
    const auto summary = project.runs().summary(runId);
    if (!summary) throw project::ProjectError("There is no run " + std::to_string(runId));
    const QList<project::Scenario> scenarios = project.runs().scenarios(runId);
    const QList<project::ModelEntry> models = project.runs().models(runId);
    const QList<project::TranscriptRow> rows = project.runs().transcripts(runId);

    project::PrivateFileWriter file(path);
    switch (format) {
    case ExportFormat::Csv: {
        file.write(QByteArray("run,scenario,model,sample,turns,input_tokens,output_tokens,cost,decision_code,override_code,effective_code\n"));
        for (const project::TranscriptRow& r : rows) {
            const int turns = r.content.contains("turns") ? static_cast<int>(r.content["turns"].size()) : 0;
            const QStringList fields{QString::number(runId), csvField(scenarios.at(r.scenarioIndex).name), csvField(models.at(r.modelIndex).modelId),
                                     QString::number(r.sample), QString::number(turns), QString::number(r.inputTokens),
                                     QString::number(r.outputTokens), QString::number(r.cost, 'g', 10), r.decisionCode.value_or(QString()),
                                     r.overrideCode.value_or(QString()), r.effectiveCode().value_or(QString())};
            file.write((fields.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
        }
        break;
    }
    case ExportFormat::JsonLines:
        for (const project::TranscriptRow& r : rows) {
            const std::string line = transcriptRecord(r, scenarios.at(r.scenarioIndex), models.at(r.modelIndex)).dump() + "\n";
            file.write(line);
        }
        break;
    case ExportFormat::Json: {
        Json scenarioList = Json::array(), modelList = Json::array(), transcripts = Json::array();
        for (const project::Scenario& s : scenarios) scenarioList.push_back(s.toJson());
        for (const project::ModelEntry& m : models) modelList.push_back(m.toJson());
        for (const project::TranscriptRow& r : rows) transcripts.push_back(transcriptRecord(r, scenarios.at(r.scenarioIndex), models.at(r.modelIndex)));
        Json document = {{"run", {{"id", runId}, {"name", summary->name.toStdString()}, {"createdAt", summary->createdAt.toStdString()},
                                  {"config", summary->config.toJson()}}},
                         {"scenarios", scenarioList}, {"models", modelList}, {"transcripts", transcripts}};
        const auto analysis = project.runs().latestAnalysis(runId);
        document["analysis"] = analysis ? Json::parse(*analysis, nullptr, false) : Json();
        const std::string text = document.dump(2) + "\n";
        file.write(text);
        break;
    }
    }
    file.commit();
    return static_cast<int>(rows.size());
}

} // namespace vr::run
