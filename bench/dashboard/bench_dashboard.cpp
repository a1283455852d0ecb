// bench/dashboard: the time to open the analysis dashboard of a 100 000-transcript run (20 models × 5 000
// scenarios): open the project, read the stored analysis, build every chart and heatmap. Goal: ≤ 1 s.
//     bench_dashboard [--models 20] [--scenarios 5000]
#include "analysis_dashboard.h"
#include "heatmap_widget.h"
#include "large_run_fixture.h"
#include "main_window.h"
#include "support/gui_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    vr::bench::prepareOffscreenWorkbench();
    QApplication app(argc, argv);
    vr::bench::isolateSettings();
    const int models = vr::bench::intArgument(app.arguments(), "--models", 20);
    const int scenarios = vr::bench::intArgument(app.arguments(), "--scenarios", 5000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.vrproj"));
    QElapsedTimer t;
    t.start();
    {
        vr::project::Project p(path, vr::project::ProjectDatabase::OpenMode::CreateNew);
        vr::test::makeLargeAnalysedRun(p, models, scenarios);
        p.database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    std::printf("prepared a run of %d transcripts with its analysis in %.1f s\n", models * scenarios, t.nsecsElapsed() / 1e9);
    vr::ui::MainWindow window;
    window.resize(1280, 800);
    window.showPage(vr::ui::MainWindow::Page::Analysis);
    window.show();
    app.processEvents();
    t.restart();
    window.openProject(path);
    window.repaint();
    app.processEvents();
    const double ms = t.nsecsElapsed() / 1e6;
    std::printf("opened the dashboard of %d transcripts (%d models × %d scenarios) in %.0f ms (goal <= 1000 ms); matrix %d × %d\n",
                models * scenarios, models, scenarios, ms, window.analysisView()->matrixHeatmap()->rowCount(),
                window.analysisView()->matrixHeatmap()->columnCount());
    return 0;
}
