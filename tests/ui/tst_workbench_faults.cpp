// The workbench when things go wrong: a project another program is writing is offered read-only, a read-only
// project disables every control that would write, an error that reaches the event loop is said in the banner
// (the window lives on), a failed cell says why in the conversation pane, and quitting during a run asks first.
#include "main_window.h"
#include "project/project_error.h"
#include "project/project_writer_lock.h"
#include "project_session.h"
#include "protocol/guarded_application.h"
#include "run_grid_model.h"
#include "runs_view.h"
#include "scenario_editor.h"
#include "scenarios_view.h"
#include "transcript_view.h"
#include "workbench_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace vr;
using namespace vr::ui;

class WorkbenchFaultsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // Answers the next modal "A run is in progress" question with `button`.
    void answerQuitQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("confirmQuit")) box->button(button)->click();
        });
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        qputenv("VALUERANK_LOG_LEVEL", "error");
        qunsetenv("OPENAI_API_KEY");
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        setEventLoopErrorHandler([this](const QString& text) { m_window->showMessage(text, true); });
    }
    void cleanupTestCase() { setEventLoopErrorHandler(nullptr); }

    void lockedProjectIsOfferedReadOnly()
    {
        const QString path = test::copyDemoProject(m_dir, QStringLiteral("locked.vrproj"));
        QLockFile other(project::ProjectWriterLock::lockPath(path)); // another program holds the project
        QVERIFY(other.tryLock(0));
        QVERIFY(!m_window->openProject(path));
        const QString offer = m_window->banner()->text();
        QVERIFY2(offer.contains(QStringLiteral("being written by another program")) && offer.contains(QStringLiteral("Open it read-only")), qPrintable(offer));
        emit m_window->banner()->linkActivated(QStringLiteral("open-read-only"));
        QCOMPARE(m_window->session().path(), path);
        QVERIFY(m_window->session().isReadOnly());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("Read-only")));
        for (const char* name : {"addScenario", "removeScenario", "importScenarios", "addModel", "newRun", "summarizeAgain"})
            QVERIFY2(!m_window->findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(!m_window->scenariosView()->editor()->isEnabled());
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("exportScenarios"))->isEnabled()); // reading is fine
        QCOMPARE(m_window->session().project().scenarios().list().size(), 12);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-read-only")));
        other.unlock();
        // Writable again once the other program is gone.
        QVERIFY(m_window->openProject(path));
        QVERIFY(!m_window->session().isReadOnly());
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("addScenario"))->isEnabled());
        QVERIFY(m_window->scenariosView()->editor()->isEnabled());
    }

    void errorInAnEventHandlerIsSaidInTheBanner()
    {
        QMetaObject::invokeMethod(
            m_window.get(), [] { throw project::ProjectError("Cannot write /full/disk.csv: No space left on device"); }, Qt::QueuedConnection);
        QTRY_VERIFY(m_window->banner()->text().contains(QStringLiteral("No space left on device")));
        QVERIFY(m_window->isVisible());
    }

    void failedCellSaysWhyAndWhatToDo()
    {
        QVERIFY(m_window->openProject(test::copyDemoProject(m_dir, QStringLiteral("failing.vrproj"))));
        RunsView* view = m_window->runsView();
        m_window->showPage(MainWindow::Page::Runs);
        project::ModelEntry gpt;
        gpt.modelId = QStringLiteral("gpt-4o");
        project::RunConfig config;
        config.maxTurns = 1;
        QSignalSpy finished(view, &RunsView::runFinished);
        QVERIFY(view->startNewRun(m_window->session().project().scenarios().list().mid(0, 2), {gpt}, config) > 0);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        view->showCell(view->gridModel()->index(0, 0));
        const QString pane = view->transcriptView()->toPlainText();
        // In words, not codes: what went wrong and what to do in the workbench.
        QVERIFY2(pane.contains(QStringLiteral("No API key is set for this provider")) && pane.contains(QStringLiteral("Set OPENAI_API_KEY in Settings")),
                 qPrintable(pane));
        QVERIFY2(!pane.contains(QStringLiteral("MISSING_API_KEY")), qPrintable(pane));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-failed-cell")));
    }

    void anotherProjectOpensWhileExplanationsAreInFlight()
    {
        const QString first = test::copyDemoProject(m_dir, QStringLiteral("explaining.vrproj"));
        QVERIFY(m_window->openProject(first));
        RunsView* view = m_window->runsView();
        const qint64 runId = m_window->session().project().runs().list().first().id;
        view->showRun(runId);
        qputenv("VALUERANK_MOCK_LATENCY_MS", "300"); // the summary model's explanations are still in flight …
        view->summarizeAgain();
        const QString second = test::copyDemoProject(m_dir, QStringLiteral("opened-while-explaining.vrproj"));
        QVERIFY(m_window->openProject(second)); // … when another project opens
        qunsetenv("VALUERANK_MOCK_LATENCY_MS");
        // The summarizer ends its calls in its own project, kept open until then (its writer lock shows it).
        QTRY_VERIFY_WITH_TIMEOUT(QLockFile(project::ProjectWriterLock::lockPath(first)).tryLock(0), 20000);
        QCOMPARE(m_window->session().path(), second);
        QVERIFY2(!m_window->banner()->text().contains(QStringLiteral("rror")), qPrintable(m_window->banner()->text()));
        const project::RunSummary untouched = *m_window->session().project().runs().summary(runId);
        QCOMPARE(untouched.summarized, untouched.cells);
        project::Project reopened(first, project::ProjectDatabase::OpenMode::ReadOnly);
        const project::RunSummary explained = *reopened.runs().summary(runId);
        QCOMPARE(explained.summarized, explained.cells);
    }

    void quittingDuringARunAsksFirst()
    {
        RunsView* view = m_window->runsView();
        qputenv("VALUERANK_MOCK_LATENCY_MS", "200");
        project::RunConfig config;
        config.maxTurns = 3;
        config.concurrency = 1;
        const qint64 runId = view->startNewRun(m_window->session().project().scenarios().list().mid(0, 4),
                                               m_window->session().project().models().list().mid(0, 1), config);
        QVERIFY(runId > 0);
        QVERIFY(view->isRunning());
        answerQuitQuestion(QMessageBox::No);
        QVERIFY(!m_window->close());
        QVERIFY(view->isRunning());
        // Opening another project is refused while the run goes on.
        QVERIFY(!m_window->openProject(test::copyDemoProject(m_dir, QStringLiteral("other.vrproj"))));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("run is in progress")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session().project().runs().summary(runId)->done >= 1, 10000);
        QSignalSpy ended(view, &RunsView::runFinished);
        answerQuitQuestion(QMessageBox::Yes);
        QVERIFY(m_window->close());
        QTRY_VERIFY(!view->isRunning());
        // Quitting stops; it does not start what a run's end starts (summarizing, then the analysis).
        QCoreApplication::processEvents();
        QCOMPARE(ended.count(), 0);
        qunsetenv("VALUERANK_MOCK_LATENCY_MS");
    }
};

int main(int argc, char** argv)
{
    GuardedApplication<QApplication> app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    WorkbenchFaultsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbench_faults.moc"
