#include "main_window.h"

#include "analysis_dashboard.h"
#include "demo_project.h"
#include "key_store.h"
#include "models_view.h"
#include "project/project_writer_lock.h"
#include "project_session.h"
#include "runs_view.h"
#include "scenario_editor.h"
#include "scenarios_view.h"
#include "settings_dialog.h"
#include "welcome_page.h"
#include "workbench_settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace vr::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_session(std::make_unique<ProjectSession>())
{
    setWindowTitle(tr("ValueRank Workbench"));
    m_keys = new KeyStore(this);
    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->addItems({tr("Scenarios"), tr("Models"), tr("Runs"), tr("Analysis")});
    m_navigator->setFixedWidth(130);
    m_navigator->setStyleSheet(QStringLiteral("QListWidget { font-size: 14px; } QListWidget::item { padding: 10px 8px; }"));
    m_pages = new QStackedWidget(this);
    m_scenarios = new ScenariosView(*m_session, this);
    m_models = new ModelsView(*m_session, *m_keys, this);
    m_runs = new RunsView(*m_session, this);
    m_analysis = new AnalysisDashboard(*m_session, this);
    for (QWidget* page : {static_cast<QWidget*>(m_scenarios), static_cast<QWidget*>(m_models), static_cast<QWidget*>(m_runs),
                          static_cast<QWidget*>(m_analysis)})
        m_pages->addWidget(page);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setTextFormat(Qt::AutoText);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("open-read-only") && !m_pendingReadOnlyPath.isEmpty()) openProject(m_pendingReadOnlyPath, true);
    });

    m_welcome = new WelcomePage(this);
    auto* work = new QWidget(this);
    auto* row = new QHBoxLayout(work);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_navigator);
    row->addWidget(m_pages, 1);
    m_frame = new QStackedWidget(this);
    m_frame->addWidget(m_welcome);
    m_frame->addWidget(work);
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(m_banner);
    outer->addWidget(m_frame, 1);
    setCentralWidget(central);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentProjectChosen, this, [this](const QString& path) { openProject(path); });

    m_pathLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_keyLabel);

    buildMenus();
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_session.get(), &ProjectSession::message, this, &MainWindow::showMessage);
    connect(m_session.get(), &ProjectSession::projectOpened, this, &MainWindow::updateStatus);
    connect(m_session.get(), &ProjectSession::projectOpened, this, &MainWindow::showWelcomeOrWork);
    connect(m_keys, &KeyStore::changed, this, &MainWindow::updateStatus);
    connect(m_keys, &KeyStore::keychainError, this, [this](const QString& problem) { showMessage(problem, true); });
    connect(m_runs, &RunsView::runFinished, m_analysis, [this](qint64 runId) { m_analysis->analyzeAndShow(runId); });
    // The dashboard's call to action on a run without decisions: summarized where summaries are shown.
    connect(m_analysis, &AnalysisDashboard::summarizeRequested, this, [this](qint64 runId) { m_runs->summarizeMissing(runId); });
    // Click-through from the dashboard to the transcripts behind a number.
    connect(m_analysis, &AnalysisDashboard::openTranscripts, this, [this](qint64 runId, const QString& scenario, const QString& model) {
        showPage(Page::Runs);
        if (!m_runs->revealCell(runId, scenario, model)) showMessage(tr("No transcripts for %1 in run %2").arg(scenario).arg(runId), true);
    });
    m_navigator->setCurrentRow(0);
    m_keys->loadFromKeychain();
    resize(1280, 800);
    updateStatus();
    showWelcomeOrWork();
}

bool MainWindow::isShowingWelcome() const
{
    return m_frame->currentWidget() == m_welcome;
}

void MainWindow::showWelcomeOrWork()
{
    m_welcome->setRecentProjects(WorkbenchSettings().recentProjects.get());
    m_frame->setCurrentIndex(m_session->isOpen() ? 1 : 0);
}

void MainWindow::openDemo()
{
    try {
        const QString copy = privateDemoCopy();
        if (openProject(copy))
            showMessage(tr("This is your own copy of the demo project (%1): change it freely; the bundled original stays as it is.").arg(copy), false);
    } catch (const std::exception& e) {
        showMessage(tr("Could not open the demo project: %1").arg(QString::fromUtf8(e.what())), true);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Save project &as…"), QKeySequence::SaveAs, this, &MainWindow::saveProjectAs);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Scenarios"), tr("&Models"), tr("&Runs"), tr("&Analysis")};
    for (int i = 0; i < names.size(); ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
                        [this, i] { m_navigator->setCurrentRow(i); });
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WorkbenchSettings().recentProjects.get();
    for (const QString& path : recent) m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, this, [this, path] {
        openProject(path);
    });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recent);
}

bool MainWindow::openProject(const QString& path, bool readOnly)
{
    if (refusedDuringRun()) return false;
    try {
        m_session->open(path, readOnly);
        rebuildRecentMenu();
        showMessage(QString(), false);
        applyReadOnly();
        return true;
    } catch (const project::ProjectLockedError& e) {
        m_pendingReadOnlyPath = path;
        showMessage(tr("%1 <a href=\"open-read-only\">Open it read-only</a>").arg(QString::fromUtf8(e.what()).toHtmlEscaped()), true);
        return false;
    } catch (const std::exception& e) {
        showMessage(tr("Could not open %1: %2").arg(path, QString::fromUtf8(e.what())), true);
        return false;
    }
}

bool MainWindow::refusedDuringRun()
{
    if (!m_runs->isRunning()) return false;
    showMessage(tr("A run is in progress: cancel it before opening another project."), true);
    return true;
}

void MainWindow::applyReadOnly()
{
    const bool readOnly = m_session->isReadOnly();
    static const char* const writers[] = {"addScenario", "removeScenario", "scenarioUp", "scenarioDown", "importScenarios",
                                          "newModelId", "addModel", "removeModel", "newRun", "summarizeAgain"}; // Resume: RunsView decides
    for (const char* name : writers)
        if (auto* widget = findChild<QWidget*>(QString::fromLatin1(name))) widget->setEnabled(!readOnly);
    m_scenarios->editor()->setEnabled(!readOnly);
    for (auto* table : {m_models->table(), m_runs->summariesTable()})
        table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                        : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    if (readOnly)
        showMessage(tr("Read-only: %1 (%2). You can browse and export; changes cannot be saved.")
                        .arg(m_session->path(), m_session->project().database().readOnlyReason()),
                    true);
}

void MainWindow::newProject()
{
    if (refusedDuringRun()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QStringLiteral("evaluation.vrproj"), tr("ValueRank projects (*.vrproj)"));
    if (path.isEmpty()) return;
    try {
        m_session->create(path);
        rebuildRecentMenu();
    } catch (const std::exception& e) {
        showMessage(tr("Could not create %1: %2").arg(path, QString::fromUtf8(e.what())), true);
    }
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("ValueRank projects (*.vrproj);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::saveProjectAs()
{
    if (!m_session->isOpen()) return;
    if (refusedDuringRun()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), m_session->path(), tr("ValueRank projects (*.vrproj)"));
    if (path.isEmpty()) return;
    try {
        m_session->saveAs(path);
        rebuildRecentMenu();
    } catch (const std::exception& e) {
        showMessage(tr("Could not save %1: %2").arg(path, QString::fromUtf8(e.what())), true);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_keys, this);
    dialog.exec();
}

void MainWindow::showMessage(const QString& text, bool isError)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setStyleSheet(isError ? QStringLiteral("background: #fbe3e3; color: #7a1f1f; padding: 6px; border-radius: 4px;")
                                    : QStringLiteral("background: #e5f3e8; color: #1f5a2e; padding: 6px; border-radius: 4px;"));
    if (!isError && !text.isEmpty()) QTimer::singleShot(8000, m_banner, [this, text] {
        if (m_banner->text() == text) m_banner->setVisible(false);
    });
}

void MainWindow::updateStatus()
{
    m_pathLabel->setText(m_session->isOpen() ? tr("Project: %1").arg(m_session->path()) : tr("No project open"));
    QStringList set, missing;
    for (const ProviderKeyStatus& s : m_keys->status()) {
        if (s.source == KeySource::NotNeeded) continue;
        (s.source == KeySource::Missing ? missing : set) << s.displayName;
    }
    m_keyLabel->setText(set.isEmpty() ? tr("No API keys (mock: and local: models work without)") : tr("Keys: %1").arg(set.join(QStringLiteral(", "))));
    setWindowTitle(m_session->isOpen() ? tr("%1 — ValueRank Workbench").arg(QFileInfo(m_session->path()).fileName()) : tr("ValueRank Workbench"));
}

void MainWindow::showPage(Page page)
{
    m_navigator->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString& name)
{
    if (name == QLatin1String("scenarios")) return Page::Scenarios;
    if (name == QLatin1String("models")) return Page::Models;
    if (name == QLatin1String("runs")) return Page::Runs;
    if (name == QLatin1String("analysis")) return Page::Analysis;
    return std::nullopt;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_runs->isRunning()) {
        QMessageBox ask(QMessageBox::Question, tr("A run is in progress"),
                        tr("Quit and stop the run? Every finished transcript is saved; Resume continues the rest later."),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("confirmQuit"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runs->stopWorkForClose(); // finished transcripts are already saved; the rest resumes later
    }
    event->accept();
}

} // namespace vr::ui
