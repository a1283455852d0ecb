#pragma once
// Runs: the list of runs, a new-run designer, and the live view of one run — a scenarios × models grid whose
// cells fill in as decisions arrive, progress with rate, ETA, cost, retries and errors, cancel and resume,
// the selected cell's conversation (streaming while it runs), and the summaries table.
#include "project/model_entry.h"
#include "project/run_records.h"
#include "project/scenario.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace vr::run {
class RunEngine;
class RunSummarizer;
}

namespace vr::ui {

class SummariesPanel;

class ProjectSession;
class RunGridModel;
class SummariesModel;
class TranscriptView;

class RunsView : public QWidget {
    Q_OBJECT
public:
    RunsView(ProjectSession& session, QWidget* parent = nullptr);
    ~RunsView() override;

    QListWidget* runList() const { return m_runs; }
    QTableView* grid() const { return m_grid; }
    RunGridModel* gridModel() const { return m_gridModel; }
    SummariesModel* summariesModel() const;
    QTableView* summariesTable() const;
    SummariesPanel* summariesPanel() const { return m_summaries; }
    TranscriptView* transcriptView() const { return m_transcript; }
    QLabel* statsLabel() const { return m_stats; }
    QProgressBar* progressBar() const { return m_progress; }
    QTabWidget* tabs() const { return m_tabs; }
    qint64 currentRun() const { return m_runId; }
    bool isRunning() const { return m_engine != nullptr; }

public slots:
    void showRun(qint64 runId);
    void openDesigner();
    // Creates a run and starts it (what the designer's OK does).
    qint64 startNewRun(const QList<vr::project::Scenario>& scenarios, const QList<vr::project::ModelEntry>& models,
                       const vr::project::RunConfig& config);
    void resume();
    void cancel();
    // The project or the window is closing: stop the run and the summarizer without starting what their end
    // normally starts (a cancelled run is otherwise summarized); each finishes its last writes into its own project.
    void stopWorkForClose();
    void summarizeAgain();
    // Gives the run's transcripts that have none a decision (and an explanation from the summary model).
    void summarizeMissing(qint64 runId);
    void showCell(const QModelIndex& index);
    // Shows a run with the cell of one scenario (by name) and model (by id, or the first model) selected.
    bool revealCell(qint64 runId, const QString& scenarioName, const QString& modelId);

signals:
    void runFinished(qint64 runId);
    void summarizeFinished(qint64 runId);

protected:
    // The grid and tables load when the page is shown, not while another page is in front.
    void showEvent(QShowEvent* event) override;

private:
    void reloadRuns();
    void loadRunTables();
    void updateStats();
    void startEngine();
    void startSummarizer(bool again);
    // Reloads the grid at most every 250 ms while a run streams events.
    void reloadGridThrottled();

    ProjectSession& m_session;
    qint64 m_runId = 0;
    QListWidget* m_runs;
    QTableView* m_grid;
    RunGridModel* m_gridModel;
    QProgressBar* m_progress;
    QLabel* m_stats;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    TranscriptView* m_transcript;
    SummariesPanel* m_summaries;
    std::unique_ptr<run::RunEngine> m_engine;
    std::unique_ptr<run::RunSummarizer> m_summarizer;
    QMap<qint64, QMap<int, QString>> m_streams; // cell → turn → text so far
    qint64 m_shownCell = 0;
    QString m_shownScenario, m_shownModel;
    QElapsedTimer m_lastGridReload;
    QString m_lastError;
    bool m_tablesStale = true;
};

} // namespace vr::ui
