// bench/run: a run of N single-turn cells against the loopback mock provider, first with no latency, then with
// 200 ms latency at concurrency 64 (ideal 320 cells/s); peak memory as the run grows; the time the project
// store adds per transcript.
//     bench_run [--cells 10000] [--latency-cells 4000]
#include "mock_provider_server.h"
#include "project/project.h"
#include "provider_shapes.h"
#include "run/run_engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace vr;

namespace {

long rssKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field)) return line.mid(static_cast<qsizetype>(strlen(field))).trimmed().split(' ').first().toLong();
    return 0;
}

void runBench(const QString& dir, test::MockProviderServer& mock, int cells, int latencyMs, int concurrency)
{
    mock.setResponder([latencyMs](const test::RecordedRequest& r) {
        test::MockReply reply = test::providerSuccess(r);
        reply.delayMs = latencyMs;
        return reply;
    });
    const project::SharedProject opened = std::make_shared<project::Project>(dir + QStringLiteral("/bench-%1-%2.vrproj").arg(cells).arg(latencyMs),
                                                                             project::ProjectDatabase::OpenMode::CreateNew);
    project::Project& p = *opened;
    QList<project::Scenario> scenarios;
    for (int i = 0; i < cells / 10; ++i) {
        project::Scenario s;
        s.name = QStringLiteral("Scenario %1").arg(i);
        s.prompt = QStringLiteral("Dilemma %1: option A or B? Rate 1-5.").arg(i);
        scenarios << s;
    }
    p.scenarios().addAll(scenarios);
    QList<project::ModelEntry> models;
    for (int m = 0; m < 10; ++m) {
        project::ModelEntry e;
        e.modelId = QStringLiteral("openai:model-%1").arg(m);
        e.costInputPerMillion = 1;
        e.costOutputPerMillion = 2;
        models << e;
    }
    project::RunConfig config;
    config.maxTurns = 1;
    config.concurrency = concurrency;
    const qint64 run = p.runs().create(config, p.scenarios().list(), models);
    run::RunEngine engine(opened, run);
    QEventLoop loop;
    long rssAtFifth = 0;
    QObject::connect(&engine, &run::RunEngine::cellFinished, &engine, [&](qint64, bool) {
        if (engine.progress().done == cells / 5) rssAtFifth = rssKb("VmRSS:");
    });
    QObject::connect(&engine, &run::RunEngine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    engine.start();
    loop.exec();
    const double seconds = t.nsecsElapsed() / 1e9;
    const run::RunProgress progress = engine.progress();
    std::printf("%5d cells, %3d ms latency, concurrency %d: %.0f cells/s in %.2f s (%d done, %d failed)", cells, latencyMs, concurrency,
                progress.done / seconds, seconds, progress.done, progress.failed);
    if (latencyMs > 0) std::printf(", ideal %.0f/s: %.1f %%", concurrency * 1000.0 / latencyMs, 100.0 * progress.done / seconds / (concurrency * 1000.0 / latencyMs));
    std::printf("; RSS %.1f MB at 1/5 of the run, %.1f MB at the end\n", rssAtFifth / 1024.0, rssKb("VmRSS:") / 1024.0);
}

void storeBench(const QString& dir, int transcripts)
{
    project::Project p(dir + QStringLiteral("/store.vrproj"), project::ProjectDatabase::OpenMode::CreateNew);
    project::Scenario s;
    s.name = QStringLiteral("S");
    s.prompt = QStringLiteral("P?");
    QList<project::Scenario> scenarios;
    for (int i = 0; i < transcripts; ++i) scenarios << s;
    p.scenarios().addAll(scenarios);
    project::RunConfig config;
    const qint64 run = p.runs().create(config, p.scenarios().list(), {p.models().entryFor(QStringLiteral("mock:a"))});
    const auto cells = p.runs().cells(run);
    const Json transcript = {{"turns", Json::array({{{"turnNumber", 1}, {"promptLabel", "scenario_prompt"}, {"probePrompt", std::string(400, 'q')},
                                                     {"targetResponse", std::string(1500, 'r')}, {"inputTokens", 100}, {"outputTokens", 400}}})},
                             {"totalInputTokens", 100}, {"totalOutputTokens", 400}, {"modelVersion", "m"},
                             {"startedAt", "2026-01-01T00:00:00+00:00"}, {"completedAt", "2026-01-01T00:00:01+00:00"}};
    QElapsedTimer t;
    t.start();
    for (const auto& cell : cells) {
        p.runs().markRunning(cell.id);
        p.runs().complete(cell.id, transcript, 0.001);
    }
    std::printf("store: %d transcripts (2 KB each) committed one by one: %.1f µs per transcript (mark running + commit)\n", transcripts,
                t.nsecsElapsed() / 1e3 / transcripts);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](const char* name, int fallback) {
        const auto i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    qputenv("OPENAI_API_KEY", "sk-bench-0123456789");
    qputenv("VALUERANK_LOG_LEVEL", "warn");
    QTemporaryDir dir;
    test::MockProviderServer mock;
    mock.setRecording(false);
    qputenv("OPENAI_BASE_URL", (mock.url() + "/openai/v1").toUtf8());
    const int cells = arg("--cells", 10000);
    runBench(dir.path(), mock, cells, 0, 64);
    runBench(dir.path(), mock, arg("--latency-cells", 4000), 200, 64);
    storeBench(dir.path(), 2000);
    std::printf("peak RSS of the whole benchmark: %.1f MB\n", rssKb("VmHWM:") / 1024.0);
    return 0;
}
