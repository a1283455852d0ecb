#include "runs_view.h"

#include "project_session.h"
#include "run/run_engine.h"
#include "run/run_summarizer.h"
#include "summarize/decision_parsers.h"
#include "run_designer_dialog.h"
#include "study_plan_dialog.h"
#include "display_text.h"
#include "run_grid_model.h"
#include "summaries_model.h"
#include "summaries_panel.h"
#include "transcript_view.h"
#include "workbench_settings.h"

#include <QHBoxLayout>
#include <QShowEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vr::ui {

RunsView::RunsView(ProjectSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_runs = new QListWidget(this);
    m_runs->setObjectName(QStringLiteral("runList"));
    auto* newRun = new QPushButton(tr("New run…"), this);
    newRun->setObjectName(QStringLiteral("newRun"));
    m_gridModel = new RunGridModel(session, this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("runGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("runStats"));
    m_stats->setWordWrap(true);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_resume->setToolTip(tr("Run the missing and failed cells"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    auto* summarize = new QPushButton(tr("Summarize again"), this);
    summarize->setObjectName(QStringLiteral("summarizeAgain"));
    m_transcript = new TranscriptView(this);
    m_summaries = new SummariesPanel(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_transcript, tr("Conversation"));
    m_tabs->addTab(m_summaries, tr("Summaries"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Runs</b>"), this));
    leftLayout->addWidget(m_runs, 1);
    leftLayout->addWidget(newRun);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_resume);
    controls->addWidget(m_cancel);
    controls->addWidget(summarize);
    auto* center = new QWidget(this);
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(controls);
    centerLayout->addWidget(m_stats);
    centerLayout->addWidget(m_grid, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(center);
    vertical->addWidget(m_tabs);
    vertical->setSizes({380, 300});
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(vertical);
    splitter->setSizes({200, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(newRun, &QPushButton::clicked, this, &RunsView::openDesigner);
    connect(m_resume, &QPushButton::clicked, this, &RunsView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &RunsView::cancel);
    connect(summarize, &QPushButton::clicked, this, &RunsView::summarizeAgain);
    connect(m_runs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) showRun(m_runs->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_grid, &QTableView::clicked, this, &RunsView::showCell);
    connect(m_summaries->table(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == SummariesModel::Override) return; // the cell is being edited: stay on this tab
        const qint64 cellId = index.data(SummariesModel::CellIdRole).toLongLong();
        if (const auto row = m_session.project().runs().transcriptOfCell(cellId)) {
            m_transcript->showTranscript(*row, index.siblingAtColumn(SummariesModel::Scenario).data().toString(),
                                         index.siblingAtColumn(SummariesModel::Model).data().toString());
            m_tabs->setCurrentWidget(m_transcript);
        }
    });
    connect(&session, &ProjectSession::runsChanged, this, &RunsView::reloadRuns);
    connect(&session, &ProjectSession::aboutToClose, this, &RunsView::stopWorkForClose);
    connect(&session, &ProjectSession::summariesChanged, this, [this](qint64 runId) {
        if (runId == m_runId) m_gridModel->reload();
    });
    reloadRuns();
}

SummariesModel* RunsView::summariesModel() const
{
    return m_summaries->model();
}

QTableView* RunsView::summariesTable() const
{
    return m_summaries->table();
}

RunsView::~RunsView()
{
    stopWorkForClose();
}

namespace {

// Lets `work` end on its own: deleted now when it has finished, else when it says so.
template <typename Work>
void letFinish(std::unique_ptr<Work>& work)
{
    if (!work) return;
    if (work->isFinished()) {
        work.reset();
        return;
    }
    Work* const running = work.release();
    QObject::connect(running, &Work::finished, running, &QObject::deleteLater);
}

} // namespace

void RunsView::stopWorkForClose()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
        letFinish(m_engine);
    }
    if (m_summarizer) {
        m_summarizer->disconnect(this);
        m_summarizer->cancel();
        letFinish(m_summarizer);
    }
}

void RunsView::reloadRuns()
{
    const QSignalBlocker block(m_runs);
    m_runs->clear();
    if (!m_session.isOpen()) return;
    int select = -1;
    for (const project::RunSummary& r : m_session.project().runs().list()) {
        auto* item = new QListWidgetItem(tr("Run %1%2\n%3/%4 done · $%5")
                                             .arg(r.id)
                                             .arg(r.name.isEmpty() ? QString() : QStringLiteral(": ") + r.name)
                                             .arg(r.done)
                                             .arg(r.cells)
                                             .arg(r.cost, 0, 'f', 4)
                                             .append(r.detectableDifference ? tr(" · detects ≥ %1").arg(QLocale().toString(*r.detectableDifference, 'f', 2))
                                                                            : QString()),
                                         m_runs);
        if (r.detectableDifference)
            item->setToolTip(tr("The smallest difference in mean decision between two models this run detects with 80 % power (α = 0.05)"));
        item->setData(Qt::UserRole, r.id);
        if (r.id == m_runId) select = m_runs->count() - 1;
    }
    if (select < 0 && m_runs->count() > 0) select = m_runs->count() - 1;
    if (select >= 0) {
        m_runs->setCurrentRow(select);
        showRun(m_runs->item(select)->data(Qt::UserRole).toLongLong());
    } else {
        showRun(0);
    }
}

void RunsView::showRun(qint64 runId)
{
    if (m_engine && m_engine->runId() != runId) return; // the live run stays on screen while it runs
    m_runId = runId;
    m_tablesStale = true;
    if (isVisible()) loadRunTables();
    updateStats();
}

void RunsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_tablesStale) loadRunTables();
}

void RunsView::loadRunTables()
{
    m_tablesStale = false;
    const qint64 runId = m_runId;
    m_gridModel->setRun(runId);
    m_summaries->setRun(runId);
    m_grid->resizeRowsToContents();
    if (m_gridModel->rowCount() > 0 && !m_engine) {
        m_grid->setCurrentIndex(m_gridModel->index(0, 0));
        showCell(m_gridModel->index(0, 0));
    }
}

void RunsView::openDesigner()
{
    RunDesignerDialog dialog(m_session.project().scenarios().list(), m_session.project().models().list(),
                             WorkbenchSettings().defaultConcurrency.get(), this);
    connect(&dialog, &RunDesignerDialog::planRequested, &dialog, [this, &dialog] {
        StudyPlanDialog planner(m_session, &dialog);
        if (planner.exec() == QDialog::Accepted && planner.chosenRepeats() > 0) dialog.samplesBox()->setValue(planner.chosenRepeats());
    });
    if (dialog.exec() != QDialog::Accepted) return;
    startNewRun(dialog.selectedScenarios(), dialog.selectedModels(), dialog.config());
}

qint64 RunsView::startNewRun(const QList<project::Scenario>& scenarios, const QList<project::ModelEntry>& models, const project::RunConfig& config)
{
    if (scenarios.isEmpty() || models.isEmpty()) {
        m_session.inform(tr("Choose at least one runnable scenario and one model."), true);
        return 0;
    }
    if (m_engine) {
        m_session.inform(tr("A run is already in progress."), true);
        return 0;
    }
    const qint64 runId = m_session.project().runs().create(config, scenarios, models);
    m_runId = runId;
    m_session.notifyRunsChanged();
    startEngine();
    return runId;
}

void RunsView::resume()
{
    if (m_engine || m_runId <= 0) return;
    startEngine();
}

void RunsView::startEngine()
{
    m_streams.clear();
    m_lastError.clear();
    m_engine = std::make_unique<run::RunEngine>(m_session.sharedProject(), m_runId);
    m_engine->setStreaming(true);
    // Decisions appear in the grid as transcripts land; what is left (none, normally) is summarized at the end.
    if (const QString parser = WorkbenchSettings().parser.get(); summarize::isKnownParser(parser.toStdString())) m_engine->setSummarizeParser(parser);
    connect(m_engine.get(), &run::RunEngine::textDelta, this, [this](qint64 cellId, int turn, const QString& text) {
        m_streams[cellId][turn] += text;
        if (cellId == m_shownCell) m_transcript->showStreaming(m_shownScenario, m_shownModel, m_streams[cellId]);
    });
    connect(m_engine.get(), &run::RunEngine::cellStarted, this, &RunsView::reloadGridThrottled);
    connect(m_engine.get(), &run::RunEngine::cellFinished, this, [this](qint64 cellId, bool ok) {
        m_streams.remove(cellId);
        if (!ok)
            if (const auto cell = m_session.project().runs().cell(cellId)) m_lastError = failureText(cell->errorCode, cell->errorMessage);
        reloadGridThrottled();
        if (cellId == m_shownCell) showCell(m_grid->currentIndex());
    });
    connect(m_engine.get(), &run::RunEngine::progressChanged, this, &RunsView::updateStats);
    connect(m_engine.get(), &run::RunEngine::finished, this, [this] {
        const qint64 runId = m_runId;
        m_engine.release()->deleteLater();
        // Summarize right away with the project's parser, so decisions appear in the grid.
        run::SummarizeOptions options;
        options.parser = WorkbenchSettings().parser.get();
        m_summarizer = std::make_unique<run::RunSummarizer>(m_session.sharedProject(), runId, options);
        connect(m_summarizer.get(), &run::RunSummarizer::finished, this, [this, runId] {
            m_summarizer.release()->deleteLater();
            m_session.notifySummariesChanged(runId);
            m_session.notifyRunsChanged();
            updateStats();
            emit runFinished(runId);
        });
        m_summarizer->start();
    });
    m_engine->start();
    updateStats();
}

void RunsView::reloadGridThrottled()
{
    if (m_lastGridReload.isValid() && m_lastGridReload.elapsed() <= 250) return;
    m_gridModel->reload();
    m_lastGridReload.start();
}

void RunsView::cancel()
{
    if (m_engine) m_engine->cancel();
}

void RunsView::summarizeAgain()
{
    startSummarizer(true);
}

void RunsView::summarizeMissing(qint64 runId)
{
    if (m_engine && m_engine->runId() == runId) return; // its decisions land as it runs
    showRun(runId);
    startSummarizer(false);
}

void RunsView::startSummarizer(bool again)
{
    if (m_runId <= 0 || m_summarizer) return;
    run::SummarizeOptions options;
    options.parser = WorkbenchSettings().parser.get();
    options.explanationModel = WorkbenchSettings().summaryModel.get();
    options.again = again;
    m_summarizer = std::make_unique<run::RunSummarizer>(m_session.sharedProject(), m_runId, options);
    const qint64 runId = m_runId;
    // Said where the user looks, and the tab the user is on stays in front.
    m_session.inform(again ? tr("Summarizing run %1 again…").arg(runId) : tr("Summarizing run %1…").arg(runId));
    QWidget* const tabBefore = m_tabs->currentWidget();
    connect(m_summarizer.get(), &run::RunSummarizer::finished, this, [this, runId, tabBefore, again] {
        const int failures = m_summarizer->explanationFailures();
        const int done = m_summarizer->done();
        m_summarizer.release()->deleteLater();
        m_session.notifySummariesChanged(runId);
        m_session.notifyRunsChanged();
        if (failures > 0) m_session.inform(tr("%n explanation(s) failed; the decision codes are stored.", nullptr, failures), true);
        else if (again) m_session.inform(tr("Run %1 summarized again: %n transcript(s).", nullptr, done).arg(runId));
        else m_session.inform(tr("Run %1 summarized: %n transcript(s).", nullptr, done).arg(runId));
        m_tabs->setCurrentWidget(tabBefore);
        emit summarizeFinished(runId);
    });
    m_summarizer->start();
}

bool RunsView::revealCell(qint64 runId, const QString& scenarioName, const QString& modelId)
{
    if (m_engine && m_engine->runId() != runId) return false;
    for (int i = 0; i < m_runs->count(); ++i)
        if (m_runs->item(i)->data(Qt::UserRole).toLongLong() == runId) {
            const QSignalBlocker block(m_runs);
            m_runs->setCurrentRow(i);
        }
    showRun(runId);
    if (m_tablesStale) loadRunTables();
    const auto scenarios = m_session.project().runs().scenarios(runId);
    const auto models = m_session.project().runs().models(runId);
    int row = -1, column = 0;
    for (int i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name == scenarioName) row = i;
    for (int i = 0; i < models.size(); ++i)
        if (models[i].modelId == modelId) column = i;
    if (row < 0) return false;
    const QModelIndex index = m_gridModel->index(row, column);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    showCell(index);
    return true;
}

void RunsView::showCell(const QModelIndex& index)
{
    if (!index.isValid()) return;
    const QList<qint64> cells = index.data(RunGridModel::CellIdsRole).value<QList<qint64>>();
    const QString scenario = m_gridModel->headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString();
    const QString model = m_gridModel->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    m_shownScenario = scenario;
    m_shownModel = model;
    m_tabs->setCurrentWidget(m_transcript);
    for (qint64 cellId : cells) {
        if (m_streams.contains(cellId)) {
            m_shownCell = cellId;
            m_transcript->showStreaming(scenario, model, m_streams[cellId]);
            return;
        }
    }
    for (qint64 cellId : cells)
        if (const auto row = m_session.project().runs().transcriptOfCell(cellId)) {
            m_shownCell = cellId;
            m_transcript->showTranscript(*row, scenario, model);
            return;
        }
    m_shownCell = cells.value(0);
    // A failed cell says why, and what to do about it, right where the conversation would be.
    for (qint64 cellId : cells) {
        const auto cell = m_session.project().runs().cell(cellId);
        if (!cell || cell->state != project::CellState::Failed) continue;
        const QString modelId = m_session.project().runs().models(cell->runId).value(cell->modelIndex).modelId;
        const QString advice = failureAdviceText(cell->errorCode, modelId);
        m_transcript->showMessage(tr("This cell failed. %1").arg(failureText(cell->errorCode, cell->errorMessage))
                                  + (advice.isEmpty() ? QString() : QStringLiteral("\n\n") + advice));
        return;
    }
    m_transcript->showMessage(tr("No transcript yet for %1 on %2.").arg(scenario, model));
}

void RunsView::updateStats()
{
    // A run not running: its stored counts, read once for the line and for Resume.
    const auto stored = (!m_engine && m_session.isOpen() && m_runId > 0) ? m_session.project().runs().summary(m_runId) : std::nullopt;
    if (m_engine) {
        const run::RunProgress p = m_engine->progress();
        m_progress->setRange(0, std::max(1, p.total));
        m_progress->setValue(p.done + p.failed);
        QString text = tr("%1 of %2 cells done · %3 failed · %4 running · %5 cells/s · ETA %6 · cost $%7 · %8 retries")
                           .arg(p.done)
                           .arg(p.total)
                           .arg(p.failed)
                           .arg(p.running)
                           .arg(p.cellsPerSecond, 0, 'f', 1)
                           .arg(p.etaSeconds < 0 ? tr("unknown") : tr("%1 s").arg(static_cast<int>(p.etaSeconds)))
                           .arg(p.cost, 0, 'f', 4)
                           .arg(p.retries);
        if (p.budgetReached) text += tr(" · budget reached");
        if (!m_lastError.isEmpty()) text += QStringLiteral("<br><span style='color:#b42828'>%1</span>").arg(tr("Last error: %1").arg(m_lastError.toHtmlEscaped()));
        m_stats->setText(text);
    } else if (m_session.isOpen() && m_runId > 0) {
        if (const auto& s = stored) {
            m_progress->setRange(0, std::max(1, s->cells));
            m_progress->setValue(s->done);
            const QLocale locale;
            m_stats->setText(tr("Run %1: %2 × %3 × %4 · %5 of %6 cells done · %7 failed · %8 summarized · cost $%9")
                                 .arg(s->id)
                                 .arg(tr("%n scenario(s)", nullptr, s->scenarioCount), tr("%n model(s)", nullptr, s->modelCount),
                                      tr("%n sample(s)", nullptr, s->config.samples), locale.toString(s->done), locale.toString(s->cells),
                                      locale.toString(s->failed), locale.toString(s->summarized), locale.toString(s->cost, 'f', 4)));
        }
    } else {
        m_progress->setValue(0);
        m_stats->setText(tr("No run yet. Choose \"New run…\" to design one."));
    }
    // Resume only when something is left to do: cells not done (pending or failed).
    m_resume->setEnabled(stored && !m_session.isReadOnly() && stored->done < stored->cells);
    m_cancel->setEnabled(m_engine != nullptr);
}

} // namespace vr::ui
