// The workbench, part 1, driven as a person would (offscreen): scenarios, models, runs, transcripts,
// summaries and settings. Every item model runs under QAbstractItemModelTester; each view is screenshotted.
#include "check_list_panel.h"
#include "desktop_recent_files.h"
#include "edit_commands.h"
#include "key_store.h"
#include "main_window.h"
#include "model_catalog_model.h"
#include "models_view.h"
#include "project_session.h"
#include "run_designer_dialog.h"
#include "run_grid_model.h"
#include "runs_view.h"
#include "scenario_editor.h"
#include "scenario_filter_proxy.h"
#include "scenario_list_model.h"
#include "scenarios_view.h"
#include "summaries_panel.h"
#include "settings_dialog.h"
#include "summaries_model.h"
#include "transcript_view.h"
#include "workbench_fixture.h"
#include "welcome_page.h"
#include "workbench_settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QCheckBox>
#include <QDomDocument>
#include <QFileInfo>
#include <QUrl>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace vr;
using namespace vr::ui;

class WorkbenchTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ProjectSession& session() { return m_window->session(); }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(test::installTranslations());
        qputenv("VALUERANK_LOG_LEVEL", "error");
        for (const char* key : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY", "MISTRAL_API_KEY"})
            qunsetenv(key);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(test::copyDemoProject(m_dir)));
    }

    void everyModelPassesTheModelTester()
    {
        m_window->showPage(MainWindow::Page::Runs); // the run tables load when their page is shown
        ScenariosView* scenarios = m_window->scenariosView();
        QAbstractItemModelTester t1(scenarios->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(scenarios->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(m_window->modelsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(m_window->runsView()->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(m_window->runsView()->summariesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Reloads under the testers.
        session().notifyScenariosChanged();
        session().notifyModelsChanged();
        m_window->runsView()->gridModel()->reload();
        m_window->runsView()->summariesModel()->reload();
        scenarios->proxy()->setSearchText(QStringLiteral("friend"));
        scenarios->proxy()->setSearchText(QString());
        QCOMPARE(scenarios->model()->rowCount(), 12);
        QCOMPARE(m_window->runsView()->gridModel()->rowCount(), 12);
        QCOMPARE(m_window->runsView()->gridModel()->columnCount(), 3);
        QCOMPARE(m_window->runsView()->summariesModel()->rowCount(), 108);
    }

    void analysedRunsSayWhatTheyCanDetect()
    {
        auto* runs = m_window->findChild<QListWidget*>(QStringLiteral("runList"));
        QVERIFY(runs && runs->count() >= 1);
        const QString label = runs->item(0)->text();
        QVERIFY2(label.contains(QStringLiteral("detects ≥ ")), qPrintable(label));
        QVERIFY(!runs->item(0)->toolTip().isEmpty());
    }

    void navigatorSwitchesPages()
    {
        for (int row = 3; row >= 0; --row) {
            QListWidget* nav = m_window->navigator();
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(row)).center());
            QCOMPARE(static_cast<int>(m_window->currentPage()), row);
        }
    }

    void searchAndTagFilter()
    {
        m_window->showPage(MainWindow::Page::Scenarios);
        ScenariosView* view = m_window->scenariosView();
        QTest::keyClicks(view->searchEdit(), QStringLiteral("ventilator"));
        QCOMPARE(view->proxy()->rowCount(), 1);
        view->searchEdit()->clear();
        QCOMPARE(view->proxy()->rowCount(), 12);
        const int health = view->tagFilter()->findText(QStringLiteral("health"));
        QVERIFY(health > 0);
        view->tagFilter()->setCurrentIndex(health);
        QCOMPARE(view->proxy()->rowCount(), 3);
        view->tagFilter()->setCurrentIndex(0);
        QCOMPARE(view->proxy()->rowCount(), 12);
    }

    void editingIsUndoable()
    {
        ScenariosView* view = m_window->scenariosView();
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("addScenario")), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 13);
        const qint64 id = view->selectedId();
        ScenarioEditor* editor = view->editor();
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Organ donor registry"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        QCOMPARE(session().project().scenarios().find(id)->name, QStringLiteral("Organ donor registry"));

        // An empty prompt is shown as a problem, inline, without moving the form below it.
        auto* followups = editor->findChild<QTableWidget*>(QStringLiteral("followups"));
        QVERIFY(followups);
        const int followupsTop = followups->mapTo(editor, QPoint(0, 0)).y();
        editor->promptEdit()->selectAll();
        QTest::keyClick(editor->promptEdit(), Qt::Key_Delete);
        editor->commitPendingEdits();
        QVERIFY(editor->validationMessage().contains(QStringLiteral("cannot be run")));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("scenarioValidation"))->isVisible());
        QCoreApplication::processEvents(); // the layout's pass
        QCOMPARE(followups->mapTo(editor, QPoint(0, 0)).y(), followupsTop);
        QVERIFY(!session().project().scenarios().find(id)->isRunnable());
        session().undoStack()->undo();
        QVERIFY(session().project().scenarios().find(id)->isRunnable());
        QVERIFY(editor->validationMessage().isEmpty());

        // Follow-ups: add, edit, reorder — each an undo step.
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFollowup")), Qt::LeftButton);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFollowup")), Qt::LeftButton);
        QCOMPARE(session().project().scenarios().find(id)->followups.size(), 2);
        editor->followupTable()->item(0, 0)->setText(QStringLiteral("first"));
        editor->followupTable()->setCurrentCell(0, 0);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("followupDown")), Qt::LeftButton);
        QCOMPARE(session().project().scenarios().find(id)->followups[1].label, QStringLiteral("first"));
        session().undoStack()->undo();
        QCOMPARE(session().project().scenarios().find(id)->followups[0].label, QStringLiteral("first"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addDimension")), Qt::LeftButton);
        editor->dimensionTable()->item(0, 1)->setText(QStringLiteral("4.5"));
        QCOMPARE(session().project().scenarios().find(id)->dimensions.value(0).second, 4.5);
        editor->tagsEdit()->setText(QStringLiteral("health, new"));
        QTest::keyClick(editor->tagsEdit(), Qt::Key_Return);
        QCOMPARE(session().project().scenarios().find(id)->tags, (QStringList{QStringLiteral("health"), QStringLiteral("new")}));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-scenarios")));

        // Remove, then undo brings it back in its place; undoing everything removes the new scenario.
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("removeScenario")), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 12);
        session().undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 13);
        QCOMPARE(view->model()->scenarioAt(12)->name, QStringLiteral("Organ donor registry"));
        while (session().undoStack()->canUndo()) session().undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 12);
        session().undoStack()->redo();
        QCOMPARE(view->model()->rowCount(), 13);
        session().undoStack()->undo();
    }

    void reorderScenarios()
    {
        ScenariosView* view = m_window->scenariosView();
        view->selectScenario(view->model()->scenarioAt(0)->id);
        const QString first = view->model()->scenarioAt(0)->name;
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("scenarioDown")), Qt::LeftButton);
        QCOMPARE(view->model()->scenarioAt(1)->name, first);
        session().undoStack()->undo();
        QCOMPARE(view->model()->scenarioAt(0)->name, first);
    }

    void importAndExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("more.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"scenarios": [{"name": "Imported", "prompt": "A or B?"}, {"name": "Broken"}]})");
        f.close();
        m_window->scenariosView()->importFile(file);
        QCOMPARE(m_window->scenariosView()->model()->rowCount(), 13);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("rejected")));
        session().undoStack()->undo(); // the whole import is one step
        QCOMPARE(m_window->scenariosView()->model()->rowCount(), 12);
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        m_window->scenariosView()->exportFile(out);
        QVERIFY(QFileInfo(out).size() > 1000);
        m_window->scenariosView()->importFile(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("Could not import")));
    }

    void modelCatalog()
    {
        m_window->showPage(MainWindow::Page::Models);
        ModelsView* view = m_window->modelsView();
        QLineEdit* id = view->findChild<QLineEdit*>(QStringLiteral("newModelId"));
        QTest::keyClicks(id, QStringLiteral("gpt-4o"));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 4);
        // A new model starts at the capabilities table's list prices; editing and undo work on them.
        QCOMPARE(*session().project().models().findByModelId(QStringLiteral("gpt-4o"))->costInputPerMillion, 2.5);
        const QModelIndex price = view->model()->index(3, ModelCatalogModel::InputPrice);
        QVERIFY(view->model()->setData(price, QStringLiteral("3.75"), Qt::EditRole));
        QCOMPARE(*session().project().models().findByModelId(QStringLiteral("gpt-4o"))->costInputPerMillion, 3.75);
        QVERIFY(!view->model()->setData(price, QStringLiteral("cheap"), Qt::EditRole));
        session().undoStack()->undo();
        QCOMPARE(*session().project().models().findByModelId(QStringLiteral("gpt-4o"))->costInputPerMillion, 2.5);
        // Request parameters: from the table until edited, then the catalog's for this model, undoable.
        const QModelIndex temperature = view->model()->index(3, ModelCatalogModel::SendsTemperature);
        QCOMPARE(temperature.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(view->model()->setData(temperature, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(session().project().models().findByModelId(QStringLiteral("gpt-4o"))->parameters["temperature"] == Json(false));
        QVERIFY(!view->model()->setData(view->model()->index(3, ModelCatalogModel::TokenLimit), QStringLiteral("max_tokenz"), Qt::EditRole));
        session().undoStack()->undo();
        QVERIFY(session().project().models().findByModelId(QStringLiteral("gpt-4o"))->parameters.empty());
        const QModelIndex enabled = view->model()->index(0, ModelCatalogModel::Enabled);
        QVERIFY(view->model()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!session().project().models().list()[0].enabled);
        session().undoStack()->undo();
        QVERIFY(session().project().models().list()[0].enabled);
        QTest::keyClicks(id, QStringLiteral("llama-3-70b"));
        QTest::keyClick(id, Qt::Key_Return);
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("provider")));
        QCOMPARE(view->model()->rowCount(), 4);
        // Key status per provider, with the environment route explained.
        QVERIFY(view->keyStatus()->text().contains(QStringLiteral("OPENAI_API_KEY")));
        QVERIFY(view->keyStatus()->text().contains(QStringLiteral("missing")));
    }

    void testButtonShowsLatencyOrError()
    {
        ModelsView* view = m_window->modelsView();
        QSignalSpy done(view, &ModelsView::testFinished);
        view->table()->setCurrentIndex(view->model()->index(0, 0)); // mock:cautious
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("testModel")), Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(done.last().first().toBool(), true);
        QVERIFY(view->testResult()->text().contains(QStringLiteral("answered in")));
        view->table()->setCurrentIndex(view->model()->index(3, 0)); // gpt-4o, no key
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("testModel")), Qt::LeftButton);
        QVERIFY(done.count() == 2 || done.wait(5000));
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY(view->testResult()->text().contains(QStringLiteral("OPENAI_API_KEY is not set")));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-models")));
    }

    void runDesignerEstimatesAndWarns()
    {
        auto scenarios = session().project().scenarios().list();
        auto models = session().project().models().list();
        RunDesignerDialog dialog(scenarios, models, 8);
        dialog.samplesBox()->setValue(2);
        const RunEstimate e = dialog.estimate();
        // 12 scenarios × (1 + 2 follow-ups) turns × 2 samples, for each of the 3 enabled mock models (gpt-4o is off? no: enabled)
        QVERIFY(e.calls > 0);
        QVERIFY(e.cost > 0);
        QVERIFY(dialog.estimateLabel()->text().contains(QStringLiteral("estimated cost")));
        QVERIFY(e.warnings.join(' ').contains(QStringLiteral("has no key")));
        // A model with no known price is named in the warnings.
        auto unpriced = models;
        unpriced[3].costInputPerMillion.reset();
        QVERIFY(RunDesignerDialog(scenarios, unpriced, 8).estimate().warnings.join(' ').contains(QStringLiteral("gpt-4o has no price")));
        // Only the mock models: no warnings; the count follows the choices.
        dialog.modelList()->item(3)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.estimate().warnings.isEmpty());
        QCOMPARE(dialog.estimate().calls, 3LL * 12 * 3 * 2);
        dialog.show();
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("workbench-run-designer")));
    }

    void welcomePageWhenNoProjectIsOpen()
    {
        MainWindow fresh;
        fresh.resize(1000, 700);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(fresh.isShowingWelcome());
        // The recent projects (this suite opened one) are offered.
        QVERIFY(fresh.welcomePage()->recentList()->count() >= 1);
        QCOMPARE(fresh.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(), WorkbenchSettings().recentProjects.get().first());
        QVERIFY(test::saveScreenshot(&fresh, QStringLiteral("workbench-welcome")));
        // The demo opens as the user's own copy, and the banner says so; the bundled original is not the one opened.
        const QString copy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.vrproj");
        QFile::remove(copy);
        QTest::mouseClick(fresh.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(!fresh.isShowingWelcome());
        QCOMPARE(fresh.session().path(), copy);
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY2(fresh.banner()->text().contains(QStringLiteral("your own copy of the demo project")), qPrintable(fresh.banner()->text()));
        QCOMPARE(fresh.session().project().scenarios().list().size(), 12);
        // Its run is finished: nothing to resume.
        fresh.showPage(MainWindow::Page::Runs);
        QVERIFY(!fresh.findChild<QPushButton*>(QStringLiteral("resumeRun"))->isEnabled());
    }

    void openedProjectsReachTheDesktopsRecentFiles()
    {
        // The freedesktop.org list (recently-used.xbel) that desktops read for recent files and jump lists.
        const QString list = desktopRecentFilesPath();
        QFile::remove(list);
        const QString project = test::copyDemoProject(m_dir, QStringLiteral("recent-a.vrproj"));
        const QString href = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(project).absoluteFilePath()).toEncoded());
        QVERIFY(addToDesktopRecentFiles(project));
        QVERIFY(addToDesktopRecentFiles(project)); // again: the same bookmark, counted twice
        QFile file(list);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&file));
        file.close();
        QCOMPARE(doc.documentElement().tagName(), QStringLiteral("xbel"));
        const QDomNodeList bookmarks = doc.elementsByTagName(QStringLiteral("bookmark"));
        QCOMPARE(bookmarks.size(), 1);
        const QDomElement bookmark = bookmarks.at(0).toElement();
        QCOMPARE(bookmark.attribute(QStringLiteral("href")), href);
        QVERIFY(QDateTime::fromString(bookmark.attribute(QStringLiteral("visited")), Qt::ISODateWithMs).isValid());
        QCOMPARE(bookmark.elementsByTagName(QStringLiteral("mime:mime-type")).at(0).toElement().attribute(QStringLiteral("type")),
                 QStringLiteral("application/x-valuerank-project"));
        const QDomElement app = bookmark.elementsByTagName(QStringLiteral("bookmark:application")).at(0).toElement();
        QCOMPARE(app.attribute(QStringLiteral("name")), QStringLiteral("ValueRank Workbench"));
        QCOMPARE(app.attribute(QStringLiteral("count")).toInt(), 2);
        // Opening a project in the window records it too.
        QVERIFY(m_window->openProject(test::copyDemoProject(m_dir, QStringLiteral("recent-b.vrproj"))));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("recent-b.vrproj"));
        file.close();
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("demo-copy.vrproj"))));
        // A list that is not XBEL is someone else's: left as it is.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a bookmark list");
        file.close();
        QVERIFY(!addToDesktopRecentFiles(project));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a bookmark list"));
        file.close();
        QFile::remove(list);
    }

    void runDesignerChoosesByTagNamesTheRunAndValidatesBeforeClosing()
    {
        auto scenarios = session().project().scenarios().list();
        auto models = session().project().models().list();
        QString tag;
        for (const auto& s : scenarios)
            if (!s.tags.isEmpty()) tag = s.tags.first();
        QVERIFY(!tag.isEmpty());
        const auto tagged = std::count_if(scenarios.begin(), scenarios.end(), [&](const auto& s) { return s.tags.contains(tag); });
        QVERIFY(tagged > 0 && tagged < scenarios.size());
        RunDesignerDialog dialog(scenarios, models, 8);
        dialog.show();
        CheckListPanel* panel = dialog.scenarioPanel();
        QVERIFY(panel->tagFilter()->isVisible());
        // None, then only the tag's scenarios: All ticks what the filter shows, nothing else.
        QTest::mouseClick(panel->noneButton(), Qt::LeftButton);
        QCOMPARE(dialog.selectedScenarios().size(), 0);
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.estimateLabel()->text().contains(QStringLiteral("Choose at least one scenario.")));
        panel->tagFilter()->setCurrentIndex(panel->tagFilter()->findData(tag));
        QTest::mouseClick(panel->allButton(), Qt::LeftButton);
        QCOMPARE(dialog.selectedScenarios().size(), tagged);
        for (const auto& s : dialog.selectedScenarios()) QVERIFY(s.tags.contains(tag));
        // The text filter narrows by name.
        panel->tagFilter()->setCurrentIndex(0);
        panel->filterEdit()->setText(scenarios.first().name);
        int visible = 0;
        for (int i = 0; i < panel->list()->count(); ++i) visible += panel->list()->item(i)->isHidden() ? 0 : 1;
        QVERIFY(visible >= 1 && visible < scenarios.size());
        // The run has a name.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("pilot A"));
        QCOMPARE(dialog.config().name, QStringLiteral("pilot A"));
        // No model: Start is off and accepting keeps the dialog open with the reason in view.
        QTest::mouseClick(dialog.modelPanel()->noneButton(), Qt::LeftButton);
        QVERIFY(!dialog.startButton()->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.estimateLabel()->text().contains(QStringLiteral("Choose at least one model.")));
        QTest::mouseClick(dialog.modelPanel()->allButton(), Qt::LeftButton);
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("workbench-run-designer-by-tag")));
    }

    void liveRunFillsTheGridAndCanBeCancelledAndResumed()
    {
        m_window->showPage(MainWindow::Page::Runs);
        RunsView* view = m_window->runsView();
        qputenv("VALUERANK_MOCK_LATENCY_MS", "40");
        project::RunConfig config;
        config.maxTurns = 2;
        config.concurrency = 2;
        auto models = session().project().models().list().mid(0, 2);
        auto scenarios = session().project().scenarios().list().mid(0, 4);
        QSignalSpy finished(view, &RunsView::runFinished);
        int cellsDone = 0;
        const qint64 runId = view->startNewRun(scenarios, models, config);
        QVERIFY(runId > 0);
        QVERIFY(view->isRunning());
        // Watch a cell stream while it runs.
        view->grid()->setCurrentIndex(view->gridModel()->index(0, 0));
        view->showCell(view->gridModel()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->statsLabel()->text().contains(QStringLiteral("cells done")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT((cellsDone = session().project().runs().summary(runId)->done) >= 2, 10000);
        // Decisions land with their transcripts, while the run goes on.
        const project::RunSummary live = *session().project().runs().summary(runId);
        QVERIFY(view->isRunning());
        QCOMPARE(live.summarized, live.done);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-live-run")));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("cancelRun")), Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        qunsetenv("VALUERANK_MOCK_LATENCY_MS");
        const auto afterCancel = *session().project().runs().summary(runId);
        QVERIFY(afterCancel.done < 8);
        QCOMPARE(afterCancel.running, 0);
        auto* resume = view->findChild<QPushButton*>(QStringLiteral("resumeRun"));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const auto done = *session().project().runs().summary(runId);
        QCOMPARE(done.done, 8);
        // Nothing left: Resume is off, and the run's line says "2 models", "1 sample", in words.
        QTRY_VERIFY(!resume->isEnabled());
        QVERIFY2(view->statsLabel()->text().contains(QStringLiteral("4 scenarios × 2 models × 1 sample ·")), qPrintable(view->statsLabel()->text()));
        QCOMPARE(done.summarized, 8);
        QVERIFY(view->gridModel()->data(view->gridModel()->index(0, 0), Qt::DisplayRole).toString().contains(QRegularExpression(QStringLiteral("[1-5]"))));
        view->showCell(view->gridModel()->index(0, 0));
        QVERIFY(view->transcriptView()->toPlainText().contains(QStringLiteral("Turn 2")));
        // Raw protocol values are put in words: the finish reason "stop", the label "scenario_prompt", ISO times.
        const QString pane = view->transcriptView()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("Scenario prompt")) && pane.contains(QStringLiteral("· complete")), qPrintable(pane));
        QVERIFY2(!pane.contains(QStringLiteral("scenario_prompt")) && !pane.contains(QStringLiteral("finish: stop")), qPrintable(pane));
        QVERIFY2(!pane.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T"))), qPrintable(pane));
    }

    void summariesOverrideAndSummarizeAgain()
    {
        RunsView* view = m_window->runsView();
        SummariesModel* model = view->summariesModel();
        QVERIFY(model->rowCount() == 8);
        const QModelIndex override = model->index(0, SummariesModel::Override);
        const QString parsed = model->index(0, SummariesModel::Decision).data().toString();
        QVERIFY(!model->setData(override, QStringLiteral("9"), Qt::EditRole));
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("\"9\" is not a decision code")), qPrintable(m_window->banner()->text()));
        // Double-clicking the override cell edits it in place: the view stays on the summaries.
        view->tabs()->setCurrentWidget(view->summariesPanel());
        emit view->summariesTable()->doubleClicked(override);
        QCOMPARE(view->tabs()->currentWidget(), static_cast<QWidget*>(view->summariesPanel()));
        QVERIFY(model->setData(override, QStringLiteral("5"), Qt::EditRole));
        QCOMPARE(model->index(0, SummariesModel::Override).data().toString(), QStringLiteral("5"));
        QCOMPARE(model->index(0, SummariesModel::Decision).data().toString(), parsed); // kept apart
        session().undoStack()->undo();
        QCOMPARE(model->index(0, SummariesModel::Override).data().toString(), QString());
        session().undoStack()->redo();
        QSignalSpy summarized(view, &RunsView::summarizeFinished);
        view->tabs()->setCurrentWidget(view->summariesPanel());
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("summarizeAgain")), Qt::LeftButton);
        QVERIFY(summarized.count() == 1 || summarized.wait(10000));
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("summarized again: 8 transcript")), qPrintable(m_window->banner()->text()));
        QCOMPARE(view->tabs()->currentWidget(), static_cast<QWidget*>(view->summariesPanel())); // feedback, and no tab switch
        QCOMPARE(model->index(0, SummariesModel::Override).data().toString(), QStringLiteral("5")); // survives re-parsing
        QVERIFY(!model->index(0, SummariesModel::Explanation).data().toString().isEmpty());
        view->tabs()->setCurrentIndex(1);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("workbench-summaries")));
        view->tabs()->setCurrentIndex(0);
    }

    void summariesFilterByParserStageAndAmbiguous()
    {
        RunsView* view = m_window->runsView();
        SummariesModel* model = view->summariesModel();
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("summariesTable"));
        auto* stage = view->findChild<QComboBox*>(QStringLiteral("summariesStageFilter"));
        auto* ambiguousOnly = view->findChild<QCheckBox*>(QStringLiteral("summariesAmbiguousOnly"));
        QVERIFY(table && stage && ambiguousOnly);
        QCOMPARE(table->model()->rowCount(), model->rowCount());
        QVERIFY(stage->count() >= 2); // "All stages" and every stage the run's decisions came from
        for (int option = 1; option < stage->count(); ++option) {
            stage->setCurrentIndex(option);
            const QString method = stage->currentData().toString();
            int expected = 0;
            for (int row = 0; row < model->rowCount(); ++row) expected += model->index(row, SummariesModel::Method).data().toString() == method;
            QVERIFY(expected > 0);
            QCOMPARE(table->model()->rowCount(), expected);
            for (int row = 0; row < table->model()->rowCount(); ++row)
                QCOMPARE(table->model()->index(row, SummariesModel::Method).data().toString(), method);
        }
        stage->setCurrentIndex(0);
        ambiguousOnly->setChecked(true);
        int ambiguous = 0;
        for (int row = 0; row < model->rowCount(); ++row) ambiguous += model->index(row, SummariesModel::Ambiguous).data(SummariesModel::AmbiguousRole).toBool();
        QCOMPARE(table->model()->rowCount(), ambiguous);
        ambiguousOnly->setChecked(false);
        QCOMPARE(table->model()->rowCount(), model->rowCount());
        // Sorting by decision keeps every row.
        table->sortByColumn(SummariesModel::Decision, Qt::DescendingOrder);
        QCOMPARE(table->model()->rowCount(), model->rowCount());
        table->sortByColumn(-1, Qt::AscendingOrder);
    }

    void summariesSearchAndFilterWhatModelsSaid()
    {
        RunsView* view = m_window->runsView();
        const qint64 runId = view->currentRun();
        SummariesModel* model = view->summariesModel();
        QTableView* table = view->findChild<QTableView*>(QStringLiteral("summariesTable"));
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("summariesSearch"));
        auto* decision = view->findChild<QComboBox*>(QStringLiteral("summariesDecisionFilter"));
        auto* modelChoice = view->findChild<QComboBox*>(QStringLiteral("summariesModelFilter"));
        auto* overridden = view->findChild<QCheckBox*>(QStringLiteral("summariesOverriddenOnly"));
        auto* count = view->findChild<QLabel*>(QStringLiteral("summariesCount"));
        QVERIFY(table && search && decision && modelChoice && overridden && count);
        const int all = model->rowCount();
        QVERIFY(all > 0);
        // The oracle: the transcripts whose prompts, answers or explanation hold the word, read straight from the store.
        const auto rows = session().project().runs().transcripts(runId, true);
        const auto holding = [&](const QString& word) {
            const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)), QRegularExpression::CaseInsensitiveOption);
            QSet<qint64> out;
            for (const auto& r : rows) {
                QString text = r.decisionText;
                for (const Json& turn : r.content.value("turns", Json::array()))
                    text += QLatin1Char(' ') + QString::fromStdString(turn.value("probePrompt", std::string())) + QLatin1Char(' ')
                            + QString::fromStdString(turn.value("targetResponse", std::string()));
                if (text.contains(whole)) out.insert(r.transcriptId);
            }
            return out;
        };
        // A word some transcripts hold and others do not.
        QString word;
        QSet<qint64> expected;
        for (const Json& turn : rows.first().content["turns"])
            for (const QString& w : QString::fromStdString(turn.value("probePrompt", std::string())).split(QRegularExpression(QStringLiteral("\\W+")))) {
                if (w.size() < 6 || !word.isEmpty()) continue;
                const QSet<qint64> hits = holding(w);
                if (!hits.isEmpty() && hits.size() < all) word = w, expected = hits;
            }
        QVERIFY2(!word.isEmpty(), "no word tells the transcripts apart");
        search->setText(word.toUpper()); // case does not matter
        view->summariesPanel()->searchNow();
        QCOMPARE(table->model()->rowCount(), expected.size());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            QVERIFY(expected.contains(index.data(SummariesModel::TranscriptIdRole).toLongLong()));
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>")), qPrintable(index.data(Qt::ToolTipRole).toString()));
        }
        QVERIFY(count->text().startsWith(QString::number(expected.size()) + QStringLiteral(" of ") + QString::number(all)));
        // Query syntax is text: the word and an FTS operator's punctuation find what the word alone finds.
        search->setText(word + QStringLiteral(" *(:"));
        view->summariesPanel()->searchNow();
        QCOMPARE(table->model()->rowCount(), expected.size());
        QVERIFY2(!m_window->banner()->text().contains(QStringLiteral("search failed")), qPrintable(m_window->banner()->text()));
        search->clear();
        view->summariesPanel()->searchNow();
        QCOMPARE(table->model()->rowCount(), all);
        // By decision (the effective code) and by model.
        const QString code = model->index(0, SummariesModel::Decision).data(Qt::EditRole).toString();
        const QString shownModel = model->index(0, SummariesModel::Model).data().toString();
        int withCode = 0, ofModel = 0, overrides = 0;
        for (int row = 0; row < all; ++row) {
            const QString o = model->index(row, SummariesModel::Override).data().toString();
            withCode += (o.isEmpty() ? model->index(row, SummariesModel::Decision).data(Qt::EditRole).toString() : o) == code;
            ofModel += model->index(row, SummariesModel::Model).data().toString() == shownModel;
            overrides += !o.isEmpty();
        }
        decision->setCurrentIndex(decision->findData(code));
        QCOMPARE(table->model()->rowCount(), withCode);
        decision->setCurrentIndex(0);
        modelChoice->setCurrentIndex(modelChoice->findData(shownModel));
        QCOMPARE(table->model()->rowCount(), ofModel);
        QVERIFY(ofModel < all);
        modelChoice->setCurrentIndex(0);
        overridden->setChecked(true);
        QCOMPARE(table->model()->rowCount(), overrides);
        QVERIFY(overrides >= 1); // the override set above
        overridden->setChecked(false);
        QCOMPARE(table->model()->rowCount(), all);
    }

    void settingsAreTyped()
    {
        SettingsDialog dialog(m_window->keys());
        dialog.concurrencyBox()->setValue(24);
        QCOMPARE(dialog.parserBox()->currentData().toString(), WorkbenchSettings().parser.get()); // the stored parser is selected
        dialog.parserBox()->setCurrentIndex(dialog.parserBox()->findData(QStringLiteral("legacy")));
        dialog.apply();
        QCOMPARE(WorkbenchSettings().defaultConcurrency.get(), 24);
        QCOMPARE(WorkbenchSettings().parser.get(), QStringLiteral("legacy"));
        WorkbenchSettings().parser.set(QStringLiteral("structured-v2"));
        QVERIFY(dialog.keyEdit(QStringLiteral("OPENAI_API_KEY")) != nullptr);
        dialog.show();
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("workbench-settings")));
        QVERIFY(!WorkbenchSettings().recentProjects.get().isEmpty());
    }

    void reasoningIsFoldedAndCutAnswersFlagged()
    {
        project::TranscriptRow row;
        row.transcriptId = 99;
        Json turn = {{"turnNumber", 1}, {"promptLabel", "scenario_prompt"}, {"probePrompt", "A or B?"}, {"targetResponse", "I choose 2."},
                     {"reasoning", "Weighing the café owner's duty against the mandate..."}, {"stopReason", "length"},
                     {"finishReason", "length"}, {"inputTokens", 10}, {"outputTokens", 1024}};
        row.content = {{"turns", Json::array({turn})}};
        TranscriptView view;
        view.showTranscript(row, QStringLiteral("Café"), QStringLiteral("mock:a"));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Show the model's reasoning")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Weighing the café")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("cut at the token limit")));
        view.toggleReasoning(1);
        QVERIFY(view.toPlainText().contains(QStringLiteral("Weighing the café")));
        view.toggleReasoning(1);
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Weighing the café")));
    }

    void englishPluralsReadNaturally()
    {
        // The workbench installs the English plural forms (valuerank_en.qm) under any language.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(VR_TRANSLATIONS_DIR "/valuerank_en.qm")));
        QCoreApplication::installTranslator(&english);
        const auto tr = [](const char* context, const char* text, int n) { return QCoreApplication::translate(context, text, nullptr, n); };
        QCOMPARE(tr("vr::ui::ScenariosView", "Imported %n scenario(s)", 1), QStringLiteral("Imported 1 scenario"));
        QCOMPARE(tr("vr::ui::ScenariosView", "Imported %n scenario(s)", 3), QStringLiteral("Imported 3 scenarios"));
        QCOMPARE(tr("vr::ui::RunsView", "Run %1 summarized again: %n transcript(s).", 1).arg(2), QStringLiteral("Run 2 summarized again: 1 transcript."));
        QCoreApplication::removeTranslator(&english);
    }

    void openingANonProjectShowsAMessage()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a project");
        f.close();
        const QString before = session().path();
        QVERIFY(!m_window->openProject(text));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("not a ValueRank project")));
        QCOMPARE(session().path(), before); // the open project stays open
    }

    void saveAsContinuesOnTheCopy()
    {
        const QString copy = m_dir.filePath(QStringLiteral("saved-as.vrproj"));
        session().saveAs(copy);
        QCOMPARE(session().path(), copy);
        QCOMPARE(session().project().scenarios().list().size(), 12);
        QVERIFY(session().project().runs().list().size() >= 2);
        // The copy holds transcripts: it is private, like every project.
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    }
};

QTEST_MAIN(WorkbenchTest)
#include "tst_workbench.moc"
