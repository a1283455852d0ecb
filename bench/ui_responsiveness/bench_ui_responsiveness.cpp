// bench/ui_responsiveness: how long the workbench's GUI thread stops answering while it works. It drives the real
// main window offscreen through what an analyst does after a big evaluation — a mock run at full speed (decisions
// land with the transcripts), the analysis at its end, opening the dashboard, a filter recompute, an override —
// while a 5 ms timer measures its own lateness: each late tick is a stall of the event loop. Target (issue #20):
// longest stall <= 100 ms, p99 <= 20 ms.
//     bench_ui_responsiveness [--models 50] [--scenarios 2000]      (100 000 cells by default)
// Prints one line per phase and, last, `longest stall N ms, p99 M ms`.
#include "analysis_dashboard.h"
#include "main_window.h"
#include "project_session.h"
#include "runs_view.h"
#include "summaries_model.h"
#include "support/gui_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace vr;

namespace {

// A timer that wants to fire every 5 ms and records how late each tick is.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            m_lateness.push_back(std::max(0.0, now - m_last - kIntervalMs));
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // Lateness of every tick since the last call, and starts a new phase.
    std::vector<double> take()
    {
        std::vector<double> out;
        out.swap(m_lateness);
        return out;
    }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last;
    std::vector<double> m_lateness;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// Runs the event loop until `done` holds (checked every 10 ms), at most `seconds`.
bool waitUntil(const std::function<bool()>& done, int seconds)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > seconds * 1000) return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    bench::prepareOffscreenWorkbench();
    qputenv("VALUERANK_MOCK_LATENCY_MS", "0");
    QApplication app(argc, argv);
    bench::isolateSettings();
    const int modelCount = bench::intArgument(app.arguments(), "--models", 50);
    const int scenarioCount = bench::intArgument(app.arguments(), "--scenarios", 2000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("responsiveness.vrproj"));
    {
        project::Project p(path, project::ProjectDatabase::OpenMode::CreateNew);
        QList<project::Scenario> scenarios;
        for (int s = 0; s < scenarioCount; ++s) {
            project::Scenario sc;
            sc.name = QStringLiteral("Scenario %1").arg(s, 4, 10, QLatin1Char('0'));
            sc.prompt = QStringLiteral("Choose.\n1 - Strongly favour A\n2 - Somewhat favour A\n3 - Neutral\n4 - Somewhat favour B\n5 - Strongly favour B");
            sc.dimensions = {{QStringLiteral("severity"), static_cast<double>(s % 5 + 1)}};
            scenarios << sc;
        }
        p.scenarios().addAll(scenarios);
        for (int m = 0; m < modelCount; ++m) {
            project::ModelEntry entry;
            entry.modelId = QStringLiteral("mock:model-%1").arg(m, 2, 10, QLatin1Char('0'));
            entry.maxConcurrency = 256;
            p.models().add(entry);
        }
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    std::vector<double> all;
    const auto phase = [&](const char* name, QElapsedTimer& wall) {
        const std::vector<double> lateness = meter.take();
        all.insert(all.end(), lateness.begin(), lateness.end());
        std::printf("%-34s %7.1f s   longest stall %6.0f ms   p99 %5.0f ms\n", name, wall.nsecsElapsed() / 1e9, percentile(lateness, 1.0),
                    percentile(lateness, 0.99));
        std::fflush(stdout);
        wall.restart();
    };
    QElapsedTimer wall;
    wall.start();
    if (!window.openProject(path)) return 2;
    window.showPage(ui::MainWindow::Page::Runs);
    phase("open the project", wall);

    ui::RunsView* runs = window.runsView();
    project::RunConfig config;
    config.maxTurns = 1;
    config.concurrency = 256;
    bool finished = false;
    QObject::connect(runs, &ui::RunsView::runFinished, &app, [&] { finished = true; });
    const qint64 runId = runs->startNewRun(window.session().project().scenarios().list(), window.session().project().models().list(), config);
    if (runId <= 0 || !waitUntil([&] { return finished; }, 1800)) return 3;
    phase("run (decisions land as it goes)", wall);

    ui::AnalysisDashboard* dashboard = window.analysisView();
    if (!waitUntil([&] { return !dashboard->isComputing(); }, 600)) return 4;
    phase("analysis at the run's end", wall);

    window.showPage(ui::MainWindow::Page::Analysis);
    app.processEvents();
    phase("open the dashboard", wall);

    if (dashboard->modelFilter()->count() < 2) return 5; // the run's models are listed once it ends
    dashboard->modelFilter()->item(0)->setCheckState(Qt::Unchecked);
    waitUntil([&] { return dashboard->isComputing(); }, 5);
    if (!waitUntil([&] { return !dashboard->isComputing(); }, 600)) return 5;
    phase("filter recompute", wall);

    window.showPage(ui::MainWindow::Page::Runs);
    app.processEvents();
    ui::SummariesModel* summaries = runs->summariesModel();
    summaries->setData(summaries->index(0, ui::SummariesModel::Override), QStringLiteral("5"), Qt::EditRole);
    window.showPage(ui::MainWindow::Page::Analysis);
    waitUntil([&] { return dashboard->isComputing(); }, 5);
    if (!waitUntil([&] { return !dashboard->isComputing(); }, 600)) return 6;
    phase("override and its recompute", wall);

    std::printf("%d cells (%d models x %d scenarios): longest stall %.0f ms, p99 %.0f ms (target <= 100 ms, <= 20 ms)\n",
                modelCount * scenarioCount, modelCount, scenarioCount, percentile(all, 1.0), percentile(all, 0.99));
    std::printf("longest stall %.0f ms, p99 %.0f ms\n", percentile(all, 1.0), percentile(all, 0.99));
    return 0;
}
