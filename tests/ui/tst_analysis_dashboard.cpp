// The workbench, part 2: the analysis dashboard on the demo project and on a generated 50 × 2 000 run —
// every chart, the heatmaps, filters recomputed in the background, exports (PNG, SVG, CSV, JSON, HTML, PDF)
// and comparing two runs. Screenshots are saved for people to look at.
#include "analysis_dashboard.h"
#include "analysis_exporter.h"
#include "contested_table.h"
#include "heatmap_widget.h"
#include "p_value_text.h"
#include "large_run_fixture.h"
#include "main_window.h"
#include "project_session.h"
#include "run_grid_model.h"
#include "runs_view.h"
#include "study_plan_dialog.h"
#include "transcript_view.h"
#include "run/run_analysis.h"
#include "run/run_engine.h"
#include "run/run_summarizer.h"
#include "workbench_fixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QGroupBox>
#include <QLocale>
#include <QSet>
#include <QEventLoop>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace vr;
using namespace vr::ui;

class AnalysisDashboardTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    AnalysisDashboard* dashboard() { return m_window->analysisView(); }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(test::installTranslations());
        qputenv("VALUERANK_LOG_LEVEL", "error");
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(test::copyDemoProject(m_dir)));
        m_window->showPage(MainWindow::Page::Analysis);
    }

    void chartsShowTheStoredAnalysis()
    {
        AnalysisDashboard* d = dashboard();
        QCOMPARE(d->analysis()["perModel"].size(), size_t(3));
        QVERIFY(!d->meansChart()->chart()->series().isEmpty());
        QCOMPARE(d->distributionChart()->chart()->series().size(), 1);
        QVERIFY(!d->dimensionChart()->chart()->series().isEmpty());
        // p-values are written as numbers a reader can trust: never "p = 0".
        QStringList dimensionLabels;
        for (QAbstractAxis* axis : d->dimensionChart()->chart()->axes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) dimensionLabels += categories->categories();
        QVERIFY(!dimensionLabels.isEmpty());
        for (const QString& label : dimensionLabels)
            QVERIFY2(label.contains(QRegularExpression(QStringLiteral("\\n(p < 0\\.001|p = (0\\.\\d*[1-9]\\d*|1))( \\*)?$"))), qPrintable(label));
        QCOMPARE(pValueStatement(0.0), QStringLiteral("p < 0.001"));
        QCOMPARE(pValueStatement(0.0234), QStringLiteral("p = 0.0234"));
        QCOMPARE(pValueText(2e-7), QStringLiteral("< 0.001"));
        QCOMPARE(d->levelChart()->chart()->series().size(), 3); // one line per model
        HeatmapWidget* agreement = d->agreementHeatmap();
        QCOMPARE(agreement->rowCount(), 3);
        QCOMPARE(agreement->value(0, 0), 1.0);
        QCOMPARE(agreement->value(0, 1), agreement->value(1, 0));
        const double rho = agreement->value(0, 1);
        d->agreementMetric()->setCurrentIndex(1); // kappa
        QVERIFY(agreement->value(0, 1) != rho);
        d->agreementMetric()->setCurrentIndex(0);
        QCOMPARE(d->matrixHeatmap()->rowCount(), 3);
        QCOMPARE(d->matrixHeatmap()->columnCount(), 12);
        QAbstractItemModelTester tester(d->contestedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every scenario (12, under the top 20), the most contested first, as the analysis ranks them.
        QCOMPARE(d->contestedModel()->rowCount(), 12);
        const auto& top = d->analysis()["mostContestedScenarios"];
        for (size_t i = 0; i < top.size(); ++i)
            QCOMPARE(d->contestedModel()->index(static_cast<int>(i), ContestedTable::Scenario).data().toString(),
                     QString::fromStdString(top[i]["scenarioName"].get<std::string>()));
        QVERIFY(d->warningsLabel()->text().contains(QStringLiteral("•")) || d->warningsLabel()->text().contains(QStringLiteral("Nothing")));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-demo")));
        // The whole scrollable dashboard, every section.
        QVERIFY(test::saveScreenshot(d->findChild<QScrollArea*>()->widget(), QStringLiteral("dashboard-demo-all-sections")));
    }

    void filtersRecomputeInTheBackground()
    {
        AnalysisDashboard* d = dashboard();
        QSignalSpy shown(d, &AnalysisDashboard::analysisShown);
        d->modelFilter()->item(2)->setCheckState(Qt::Unchecked);
        d->analyzeAndShow(d->runId());
        // The result arrives through the event loop, whether or not the thread has finished already.
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QCOMPARE(d->analysis()["perModel"].size(), size_t(2));
        d->modelFilter()->item(2)->setCheckState(Qt::Checked);
        d->tagFilter()->setCurrentIndex(d->tagFilter()->findText(QStringLiteral("health")));
        d->analyzeAndShow(d->runId());
        QVERIFY(shown.wait(10000));
        QCOMPARE(d->analysis()["perModel"]["mock:cautious"]["sampleSize"].get<int>(), 9); // 3 health scenarios × 3 samples
        d->tagFilter()->setCurrentIndex(0);
        d->samplesFilter()->setValue(1);
        d->analyzeAndShow(d->runId());
        QVERIFY(shown.wait(10000));
        QCOMPARE(d->analysis()["perModel"]["mock:cautious"]["sampleSize"].get<int>(), 12);
        d->samplesFilter()->setValue(0);
        d->analyzeAndShow(d->runId());
        QVERIFY(shown.wait(10000));
        QCOMPARE(d->analysis()["perModel"]["mock:cautious"]["sampleSize"].get<int>(), 36);
    }

    void aRecomputeAskedWhileOneRunsIsNotDropped()
    {
        AnalysisDashboard* d = dashboard();
        d->analyzeAndShow(d->runId()); // every model
        QVERIFY(d->isComputing());
        d->modelFilter()->item(2)->setCheckState(Qt::Unchecked);
        d->analyzeAndShow(d->runId()); // asked while the first one runs: done after it, with the filter as it is then
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
        QCOMPARE(d->analysis()["perModel"].size(), size_t(2));
        QVERIFY(!d->analysis()["perModel"].contains(d->modelFilter()->item(2)->data(Qt::UserRole).toString().toStdString()));
        // Each result is stored under its own filter: the whole run's is still the whole run's.
        project::Project& p = m_window->session().project();
        const auto whole = p.runs().latestAnalysis(d->runId());
        QVERIFY(whole);
        QCOMPARE(Json::parse(*whole)["perModel"].size(), size_t(3));
        d->modelFilter()->item(2)->setCheckState(Qt::Checked);
    }

    void anAnalysisEndingAfterAnotherProjectOpenedIsStoredInItsOwn()
    {
        AnalysisDashboard* d = dashboard();
        const QString first = m_window->session().path();
        const qint64 runId = d->runId();
        d->modelFilter()->item(1)->setCheckState(Qt::Unchecked);
        run::AnalysisFilter filter;
        filter.models = {d->modelFilter()->item(0)->data(Qt::UserRole).toString(), d->modelFilter()->item(2)->data(Qt::UserRole).toString()};
        d->analyzeAndShow(runId);
        QVERIFY(d->isComputing());
        const QString second = test::copyDemoProject(m_dir, QStringLiteral("opened-meanwhile.vrproj"));
        QVERIFY(m_window->openProject(second));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
        QVERIFY(!m_window->session().project().runs().latestAnalysis(runId, filter.toJson()));
        QVERIFY(m_window->openProject(first));
        const auto stored = m_window->session().project().runs().latestAnalysis(runId, filter.toJson());
        QVERIFY(stored);
        QCOMPARE(Json::parse(*stored)["perModel"].size(), size_t(2));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
    }

    void exportsWriteRealFiles()
    {
        AnalysisDashboard* d = dashboard();
        // Rendered off-screen at the size asked for, whatever the window shows.
        const QString png = m_dir.filePath(QStringLiteral("means.png"));
        m_window->showPage(MainWindow::Page::Analysis);
        QTRY_VERIFY(d->meansChart()->chart()->size().width() > 100); // laid out on screen
        const QSizeF onScreen = d->meansChart()->chart()->size();
        QVERIFY(exportImage(d->meansChart(), png, QSize(2400, 1500), 300));
        const QImage means(png);
        means.save(QStringLiteral(VR_SCREENSHOT_DIR "/export-means-2400x1500-300dpi.png"));
        QCOMPARE(means.size(), QSize(2400, 1500));
        QCOMPARE(qRound(means.dotsPerMeterX() * 0.0254), 300);
        int inked = 0; // drawn, not blank: the axes, grid, labels and intervals cover about 1 % of the samples
        for (int y = 0; y < means.height(); y += 4)
            for (int x = 0; x < means.width(); x += 4) inked += means.pixelColor(x, y).lightness() < 200;
        QVERIFY2(inked > (means.width() / 4) * (means.height() / 4) / 300, qPrintable(QString::number(inked)));
        QCOMPARE(d->meansChart()->chart()->size(), onScreen); // the chart on screen is untouched
        // SVG: vector shapes and text, every model named — the whole heatmap, not the part in view.
        const QString svg = m_dir.filePath(QStringLiteral("agreement.svg"));
        QVERIFY(exportImage(d->agreementHeatmap(), svg));
        QVERIFY(QSvgRenderer(svg).isValid());
        const QString chartSvg = m_dir.filePath(QStringLiteral("distribution.svg"));
        QVERIFY(exportImage(d->distributionChart(), chartSvg, QSize(1200, 800)));
        QVERIFY(QSvgRenderer(chartSvg).isValid());
        for (const QString& file : {svg, chartSvg}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            // Shapes as vector paths (the heatmap's cells may be rectangles) and labels as text.
            const bool shapes = text.contains(QStringLiteral("<path")) || (file == svg && text.contains(QStringLiteral("<rect")));
            QVERIFY2(shapes && text.contains(QStringLiteral("<text")), qPrintable(file));
            for (const QString& model : d->modelLabels()) QVERIFY2(text.contains(model.toHtmlEscaped()), qPrintable(file + QStringLiteral(": ") + model));
        }
        const QString csv = m_dir.filePath(QStringLiteral("contested.csv"));
        QVERIFY(d->exportContestedCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), d->contestedPanel()->allScenarios()->rowCount() + 1);
        QVERIFY2(lines[0].startsWith("Scenario,Variance,Range,Models,"), lines[0].constData());
        bool isNumber = false;
        lines[1].split(',').value(1).toDouble(&isNumber); // machine-readable: dot decimals whatever the language
        QVERIFY2(isNumber, lines[1].constData());
        const QString json = m_dir.filePath(QStringLiteral("analysis.json"));
        QVERIFY(d->exportAnalysisJson(json));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(AnalysisDashboard::Document::parse(jsonFile.readAll().toStdString()) == d->analysis());
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(d->exportReport(html));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray report = htmlFile.readAll();
        QCOMPARE(report.count("<img"), 4);
        QVERIFY(report.contains("Most contested scenarios"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(d->exportReport(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        QVERIFY(pdfFile.size() > 20000);
    }

    void contestedScenariosOpenTheirTranscripts()
    {
        AnalysisDashboard* d = dashboard();
        QSignalSpy open(d, &AnalysisDashboard::openTranscripts);
        const QModelIndex cell = d->contestedModel()->index(0, ContestedTable::FirstModel);
        QTableView* table = d->contestedTable();
        m_window->findChild<QScrollArea*>()->ensureWidgetVisible(table);
        table->scrollTo(cell);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(1).toString(), d->contestedModel()->index(0, 0).data().toString());
        QCOMPARE(open.first().at(2).toString(), QStringLiteral("mock:cautious"));
        // The window follows: the Runs page, that scenario's cell, its transcript.
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Runs);
        const QString scenario = d->contestedModel()->index(0, 0).data().toString();
        QCOMPARE(m_window->runsView()->grid()->currentIndex().column(), 0);
        QCOMPARE(m_window->runsView()->gridModel()->headerData(m_window->runsView()->grid()->currentIndex().row(), Qt::Vertical, Qt::DisplayRole).toString(), scenario);
        QVERIFY(m_window->runsView()->transcriptView()->toPlainText().contains(scenario));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-click-through-transcript")));
        m_window->showPage(MainWindow::Page::Analysis);
    }

    void compareTwoRuns()
    {
        auto& p = m_window->session().project();
        project::RunConfig config;
        config.maxTurns = 1;
        config.seed = 99;
        const qint64 second = p.runs().create(config, p.scenarios().list(), p.models().list());
        {
            run::RunEngine engine(m_window->session().sharedProject(), second);
            QSignalSpy done(&engine, &run::RunEngine::finished);
            engine.start();
            QVERIFY(engine.isFinished() || done.wait(20000));
            run::RunSummarizer summarizer(m_window->session().sharedProject(), second, {});
            QSignalSpy summarized(&summarizer, &run::RunSummarizer::finished);
            summarizer.start();
            QVERIFY(summarizer.isFinished() || summarized.wait(20000));
        }
        AnalysisDashboard* d = dashboard();
        d->showRun(1);
        d->compareWith(second);
        QCOMPARE(d->comparisonModel()->rowCount(), 3);
        QCOMPARE(d->comparisonModel()->item(0, 1)->text(), QStringLiteral("12"));
        QVERIFY(!d->comparisonModel()->item(0, 5)->text().isEmpty());
        // The sign is said, and the difference is the other run's mean minus this one's.
        QVERIFY(d->comparisonModel()->horizontalHeaderItem(4)->text().contains(QStringLiteral("other − this")));
        const QLocale locale;
        for (int row = 0; row < 3; ++row) {
            const double thisRun = locale.toDouble(d->comparisonModel()->item(row, 2)->text());
            const double otherRun = locale.toDouble(d->comparisonModel()->item(row, 3)->text());
            QVERIFY(std::fabs(locale.toDouble(d->comparisonModel()->item(row, 4)->text()) - (otherRun - thisRun)) < 0.002);
            QVERIFY(d->comparisonModel()->item(row, 5)->text().startsWith(QLatin1Char('[')));
        }
        // The model filter applies to the comparison; the run shown is not offered as its own comparison;
        // switching runs clears a comparison of the run shown before.
        QComboBox* compare = d->findChild<QComboBox*>(QStringLiteral("compareRun"));
        QCOMPARE(compare->findData(qint64(1)), -1);
        QVERIFY(compare->findData(second) > 0);
        d->modelFilter()->item(0)->setCheckState(Qt::Unchecked);
        d->compareWith(second);
        QCOMPARE(d->comparisonModel()->rowCount(), 2);
        d->modelFilter()->item(0)->setCheckState(Qt::Checked);
        d->showRun(second);
        QCOMPARE(d->comparisonModel()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
        d->showRun(1);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
    }

    void anOutOfDateStoredAnalysisIsNeverShownAsCurrent()
    {
        AnalysisDashboard* d = dashboard();
        project::Project& p = m_window->session().project();
        d->showRun(1);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
        auto* status = d->findChild<QLabel*>(QStringLiteral("analysisStatus"));
        QCOMPARE(status->text(), QStringLiteral("Stored analysis."));
        // A decision changes behind the dashboard's back (the command line, an earlier session).
        const project::TranscriptRow row = p.runs().transcripts(1).first();
        p.runs().setOverride(row.transcriptId, row.decisionCode == QStringLiteral("1") ? QStringLiteral("5") : QStringLiteral("1"));
        d->showRun(1);
        QVERIFY2(status->text().contains(QStringLiteral("out of date")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
        QCOMPARE(status->text(), QStringLiteral("Computed just now."));
        QVERIFY(run::isLatestAnalysisCurrent(p, 1));
        p.runs().setOverride(row.transcriptId, std::nullopt);
        d->showRun(1);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
    }

    void aRunWithoutDecisionsCallsForSummarizing()
    {
        auto& p = m_window->session().project();
        project::RunConfig config;
        config.maxTurns = 1;
        config.seed = 5;
        config.name = QStringLiteral("not summarized");
        const qint64 run = p.runs().create(config, p.scenarios().list().mid(0, 4), p.models().list());
        {
            run::RunEngine engine(m_window->session().sharedProject(), run); // no parser: transcripts only
            QSignalSpy done(&engine, &run::RunEngine::finished);
            engine.start();
            QVERIFY(engine.isFinished() || done.wait(20000));
        }
        AnalysisDashboard* d = dashboard();
        d->showRun(run);
        QWidget* call = d->findChild<QWidget*>(QStringLiteral("summarizeCall"));
        auto* button = d->findChild<QPushButton*>(QStringLiteral("summarizeRun"));
        QVERIFY(call->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Summarize 12 transcripts"));
        QVERIFY(!d->analysis().contains("perModel")); // no charts of nothing
        QVERIFY(!d->isComputing());
        QVERIFY(!p.runs().latestAnalysis(run));
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-unsummarized-run")));
        QSignalSpy shown(d, &AnalysisDashboard::analysisShown);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!call->isVisible() && shown.count() > 0 && !d->isComputing(), 20000);
        QCOMPARE(d->analysis()["perModel"].size(), size_t(3));
        QCOMPARE(p.runs().summary(run)->summarized, 12);
        m_window->showPage(MainWindow::Page::Analysis);
        d->showRun(1);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
    }

    void aFinishedFirstRunFillsTheFilters()
    {
        // A new project's first run: when it ends, the dashboard lists its models (it listed none before).
        const QString path = m_dir.filePath(QStringLiteral("first-run.vrproj"));
        m_window->session().create(path);
        auto& p = m_window->session().project();
        QList<project::Scenario> scenarios;
        for (int s = 0; s < 4; ++s) {
            project::Scenario sc;
            sc.name = QStringLiteral("S%1").arg(s);
            sc.prompt = QStringLiteral("Choose.\n1 - A\n2 - a\n3 - neutral\n4 - b\n5 - B");
            scenarios << sc;
        }
        p.scenarios().addAll(scenarios);
        for (const char* id : {"mock:first", "mock:second"}) {
            project::ModelEntry m;
            m.modelId = QString::fromLatin1(id);
            p.models().add(m);
        }
        m_window->showPage(MainWindow::Page::Analysis);
        AnalysisDashboard* d = dashboard();
        QCOMPARE(d->modelFilter()->count(), 0);
        QSignalSpy finished(m_window->runsView(), &RunsView::runFinished);
        project::RunConfig config;
        config.maxTurns = 1;
        QVERIFY(m_window->runsView()->startNewRun(p.scenarios().list(), p.models().list(), config) > 0);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing() && d->analysis().is_object() && d->analysis().contains("perModel"), 20000);
        QCOMPARE(d->modelFilter()->count(), 2);
        QCOMPARE(d->analysis()["perModel"].size(), size_t(2));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("demo-copy.vrproj")))); // the demo, for what follows
        QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000);
    }

    void whichModelsDifferOnTheDemo()
    {
        AnalysisDashboard* d = dashboard();
        d->showRun(1);
        auto* paired = d->findChild<QGroupBox*>(QStringLiteral("pairedComparisons"));
        QVERIFY(paired);
        const QAbstractItemModel* ranking = paired->findChild<QTableView*>(QStringLiteral("rankingTable"))->model();
        const QAbstractItemModel* pairs = paired->findChild<QTableView*>(QStringLiteral("pairsTable"))->model();
        const auto text = [](const QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); };
        QCOMPARE(ranking->rowCount(), 3);
        QCOMPARE(pairs->rowCount(), 3);
        // Highest clustered mean first, each model with its interval and a group letter.
        const QLocale locale;
        double previous = 6.0;
        for (int row = 0; row < 3; ++row) {
            const double mean = locale.toDouble(text(ranking, row, 1));
            QVERIFY(mean <= previous);
            previous = mean;
            QVERIFY(text(ranking, row, 2).startsWith(QLatin1Char('[')));
            QVERIFY(!text(ranking, row, 5).isEmpty());
        }
        const auto* matrix = paired->findChild<HeatmapWidget*>(QStringLiteral("pairedHeatmap"));
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->value(0, 1), -matrix->value(1, 0));
        QVERIFY(std::isnan(matrix->value(2, 2)));
        QVERIFY(paired->findChild<QLabel*>(QStringLiteral("pairedSummary"))->text().contains(QStringLiteral("detects a difference")));
        QTRY_VERIFY(paired->height() >= paired->minimumSizeHint().height()); // laid out, as before any paint
        QVERIFY(test::saveScreenshot(paired, QStringLiteral("dashboard-demo-which-models-differ")));
    }

    void plannerRecommendsADesignFromThePilot()
    {
        StudyPlanDialog planner(m_window->session(), m_window.get());
        QSignalSpy shown(&planner, &StudyPlanDialog::planShown);
        QVERIFY(shown.wait(20000));
        const QAbstractItemModel* curve = planner.findChild<QTableView*>(QStringLiteral("planCurve"))->model();
        QCOMPARE(curve->rowCount(), 10); // one to ten repeats
        const QLocale locale;
        const auto scenariosAt = [&](int row) { return locale.toInt(curve->index(row, 1).data().toString()); };
        QVERIFY(scenariosAt(0) >= scenariosAt(9)); // more repeats never need more scenarios
        const int scenariosForQuarter = scenariosAt(0);
        auto* summary = planner.findChild<QLabel*>(QStringLiteral("planSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("fewest calls")), qPrintable(summary->text()));
        planner.show();
        QTRY_VERIFY(planner.height() >= planner.minimumSizeHint().height());
        QVERIFY(test::saveScreenshot(&planner, QStringLiteral("planner-demo")));
        // A larger difference needs fewer scenarios; one pair can be planned for.
        planner.findChild<QDoubleSpinBox*>(QStringLiteral("planDelta"))->setValue(1.0);
        QVERIFY(shown.wait(20000));
        QVERIFY(scenariosAt(0) < scenariosForQuarter);
        planner.findChild<QComboBox*>(QStringLiteral("planModelA"))->setCurrentIndex(1);
        planner.findChild<QComboBox*>(QStringLiteral("planModelB"))->setCurrentIndex(2);
        QVERIFY(shown.wait(20000));
        auto* use = planner.findChild<QPushButton*>(QStringLiteral("planUse"));
        QVERIFY(use->isEnabled());
        use->click();
        QVERIFY(planner.chosenRepeats() >= 1);
        QCOMPARE(planner.result(), int(QDialog::Accepted));
    }

    void whichModelsDifferAt45Models()
    {
        project::Project run45(m_dir.filePath(QStringLiteral("models45.vrproj")), project::ProjectDatabase::OpenMode::CreateNew);
        test::makeLargeAnalysedRun(run45, 45, 300);
        run45.database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("models45.vrproj"))));
        auto* paired = dashboard()->findChild<QGroupBox*>(QStringLiteral("pairedComparisons"));
        const QAbstractItemModel* ranking = paired->findChild<QTableView*>(QStringLiteral("rankingTable"))->model();
        QCOMPARE(ranking->rowCount(), 45);
        QCOMPARE(paired->findChild<QTableView*>(QStringLiteral("pairsTable"))->model()->rowCount(), 45 * 44 / 2);
        QCOMPARE(paired->findChild<HeatmapWidget*>(QStringLiteral("pairedHeatmap"))->rowCount(), 45);
        // Nine bias levels among the 45 models: the ranking needs several groups.
        QSet<QChar> letters;
        for (int row = 0; row < 45; ++row)
            for (QChar c : ranking->index(row, 5).data().toString()) letters.insert(c);
        QVERIFY2(letters.size() >= 3, qPrintable(QString::number(letters.size())));
        // The ranking starts with the highest clustered mean, whatever the names.
        double highest = -1;
        std::string best;
        for (auto it = dashboard()->analysis()["perModel"].begin(); it != dashboard()->analysis()["perModel"].end(); ++it)
            if (it.value()["clustered"]["mean"].get<double>() > highest) {
                highest = it.value()["clustered"]["mean"].get<double>();
                best = it.key();
            }
        QCOMPARE(ranking->index(0, 0).data().toString(), QString::fromStdString(best));
        QTRY_VERIFY(paired->height() >= paired->minimumSizeHint().height());
        QVERIFY(test::saveScreenshot(paired, QStringLiteral("dashboard-45-models-which-models-differ")));
    }

    void largeRunStaysUsable()
    {
        project::Project big(m_dir.filePath(QStringLiteral("large.vrproj")), project::ProjectDatabase::OpenMode::CreateNew);
        test::makeLargeAnalysedRun(big, 50, 2000);
        big.database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("large.vrproj"))));
        AnalysisDashboard* d = dashboard();
        QCOMPARE(d->matrixHeatmap()->rowCount(), 50);
        QCOMPARE(d->matrixHeatmap()->columnCount(), 2000);
        QCOMPARE(d->agreementHeatmap()->rowCount(), 50);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-50x2000")));
        HeatmapWidget* matrix = d->matrixHeatmap();
        matrix->setCellSize(6, 6); // zoomed out: the whole matrix in a few screens
        matrix->horizontalScrollBar()->setValue(matrix->horizontalScrollBar()->maximum() / 2);
        QVERIFY(test::saveScreenshot(matrix, QStringLiteral("dashboard-50x2000-matrix-zoomed-out")));
        const QPoint inside(matrix->viewport()->width() - 10, 90 + 100); // right edge, below the column labels
        const QPoint cell = matrix->cellAt(inside);
        QVERIFY2(cell.x() > 900, qPrintable(QStringLiteral("cell %1,%2 viewport %3x%4 scroll %5/%6").arg(cell.x()).arg(cell.y())
            .arg(matrix->viewport()->width()).arg(matrix->viewport()->height()).arg(matrix->horizontalScrollBar()->value()).arg(matrix->horizontalScrollBar()->maximum())));
        // The whole matrix as an image: every model a row, every scenario a column, each cell its colour.
        const QString full = m_dir.filePath(QStringLiteral("matrix-full.png"));
        QVERIFY(exportImage(matrix, full));
        const QImage image(full);
        const QSize cellSize = matrix->cellSize();
        const int left = image.width() - matrix->columnCount() * cellSize.width();
        const int top = image.height() - matrix->rowCount() * cellSize.height();
        QVERIFY(left > 0 && top > 0);
        for (int r = 0; r < matrix->rowCount(); ++r)
            for (int c : {0, 999, 1999}) {
                const QColor want = matrix->colorFor(matrix->value(r, c));
                const QColor got = image.pixelColor(left + c * cellSize.width() + cellSize.width() / 2, top + r * cellSize.height() + cellSize.height() / 2);
                QVERIFY2(std::abs(want.red() - got.red()) + std::abs(want.green() - got.green()) + std::abs(want.blue() - got.blue()) <= 6,
                         qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            }
        QSignalSpy open(d, &AnalysisDashboard::openTranscripts);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, inside);
        QCOMPARE(open.count(), 1);
        QVERIFY(open.first().at(1).toString().startsWith(QStringLiteral("Scenario ")));

        m_window->showPage(MainWindow::Page::Analysis); // the click above went to the transcripts
        // Contested scenarios: the top 20 of 2 000 by default, every one on request, sorted by disagreement,
        // found by name; selecting one brings its column of the matrix into view, outlined.
        ContestedTable* contested = d->contestedPanel();
        QCOMPARE(contested->allScenarios()->rowCount(), 2000);
        QCOMPARE(d->contestedModel()->rowCount(), ContestedTable::kTopByDefault);
        const auto varianceAt = [&](int row) { return d->contestedModel()->index(row, ContestedTable::Variance).data(Qt::UserRole + 1).toDouble(); };
        for (int row = 1; row < d->contestedModel()->rowCount(); ++row) QVERIFY(varianceAt(row) <= varianceAt(row - 1));
        contested->showAllBox()->setChecked(true);
        QCOMPARE(d->contestedModel()->rowCount(), 2000);
        contested->showAllBox()->setChecked(false);
        const QString wanted = QStringLiteral("Scenario 1234");
        contested->searchEdit()->setText(wanted);
        QVERIFY(d->contestedModel()->rowCount() >= 1);
        for (int row = 0; row < d->contestedModel()->rowCount(); ++row)
            QVERIFY(d->contestedModel()->index(row, ContestedTable::Scenario).data().toString().contains(wanted));
        contested->table()->setCurrentIndex(d->contestedModel()->index(0, ContestedTable::Scenario));
        const int column = matrix->highlightedColumn();
        QVERIFY(column >= 0);
        QCOMPARE(d->matrixHeatmap()->property("scenarios").toStringList().value(column), d->contestedModel()->index(0, 0).data().toString());
        const int columnLeft = column * matrix->cellSize().width() - matrix->horizontalScrollBar()->value();
        QVERIFY2(columnLeft >= 0 && columnLeft < matrix->viewport()->width(), qPrintable(QString::number(columnLeft)));
        contested->table()->sortByColumn(ContestedTable::Scenario, Qt::AscendingOrder);
        contested->searchEdit()->clear();
        QCOMPARE(d->contestedModel()->rowCount(), ContestedTable::kTopByDefault);
        contested->table()->setCurrentIndex(d->contestedModel()->index(3, ContestedTable::Scenario));
        m_window->findChild<QScrollArea*>()->ensureWidgetVisible(contested->table(), 0, 300);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-50x2000-contested")));
    }
};

QTEST_MAIN(AnalysisDashboardTest)
#include "tst_analysis_dashboard.moc"
