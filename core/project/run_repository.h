#pragma once
// Runs with frozen copies of the scenarios and models they used, their cells, and every result: transcripts
// (committed the moment they arrive), summaries (with manual overrides apart from parsed codes) and analyses.
#include "project/model_entry.h"
#include "project/project_database.h"
#include "project/run_records.h"
#include "project/scenario.h"

#include <QList>

namespace vr::project {

class RunRepository {
public:
    explicit RunRepository(ProjectDatabase& db) : m_db(db) {}

    // Freezes the scenarios and models and expands scenarios × models × samples into pending cells. With
    // config.counterbalance, each scenario that declares options is followed, after all of them, by its mirror
    // (Scenario::mirrored, named "<name> (mirrored)") as one more frozen scenario with its own cells.
    qint64 create(const RunConfig& config, const QList<Scenario>& scenarios, const QList<ModelEntry>& models);
    QList<RunSummary> list();
    std::optional<RunSummary> summary(qint64 runId);
    QList<Scenario> scenarios(qint64 runId); // the frozen copies, in cell index order
    // Per frozen scenario index: the index of the scenario it mirrors, or -1 for one asked as written.
    QList<int> mirrorOf(qint64 runId);
    QList<ModelEntry> models(qint64 runId);
    void remove(qint64 runId);
    // Settings that may change between sessions of one run (budget, concurrency).
    void updateConfig(qint64 runId, const RunConfig& config);

    QList<CellRecord> cells(qint64 runId);
    std::optional<CellRecord> cell(qint64 cellId);
    // Cells a (re)run still has to do: pending, failed, or left running by a process that died.
    QList<CellRecord> unfinishedCells(qint64 runId);
    void markRunning(qint64 cellId);
    // Stores the transcript and marks the cell done, in one transaction.
    qint64 complete(qint64 cellId, const Json& transcript, double cost);
    // Transcripts of the run with an answer cut at the token limit (a turn whose stopReason is "length").
    int truncatedTranscripts(qint64 runId);
    // Why cells failed: groups by error code and model, the largest first.
    QList<FailureGroup> failureGroups(qint64 runId);
    void fail(qint64 cellId, const QString& code, const QString& message);
    // Cells left "running" by an interrupted process go back to pending.
    int resetInterrupted(qint64 runId);

    // withContent = false leaves TranscriptRow::content empty: grids, tables and analyses need only the
    // decisions, and parsing 100 000 transcripts' JSON is what would make them slow.
    QList<TranscriptRow> transcripts(qint64 runId, bool withContent = true);
    std::optional<TranscriptRow> transcriptOfCell(qint64 cellId);
    void storeSummary(qint64 transcriptId, const QString& code, const QString& text, const Json& metadata);
    // nullopt clears the override.
    void setOverride(qint64 transcriptId, const std::optional<QString>& code, const QString& note = {});

    // `inputs`: the decisionsFingerprint the analysis was computed from.
    qint64 storeAnalysis(qint64 runId, const std::string& output, const Json& filter = Json::object(), const QString& inputs = {});
    // What an analysis of the run depends on that can change after the run (its transcripts, their decision codes
    // and overrides) as one short text: equal texts, the same decisions.
    QString decisionsFingerprint(qint64 runId);
    // The `inputs` of the newest analysis stored with this filter (none for one stored before they were kept).
    std::optional<QString> latestAnalysisInputs(qint64 runId, const Json& filter = Json::object());
    // The newest analysis stored with exactly this filter (by default: of the whole run).
    std::optional<std::string> latestAnalysis(qint64 runId, const Json& filter = Json::object());

private:
    ProjectDatabase& m_db;
};

} // namespace vr::project
