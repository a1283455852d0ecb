#include "cli/cli_commands.h"

#include "cli/analysis_report.h"
#include "cli/command.h"
#include "cli/expand_command.h"
#include "cli/interrupt_watcher.h"
#include "cli/plan_command.h"
#include "cli/search_command.h"
#include "cli/progress_printer.h"
#include "project/project.h"
#include "project/scenario_io.h"
#include "protocol/guarded_application.h"
#include "protocol/run_to_completion.h"
#include "protocol/worker_error.h"
#include "run/failure_advice.h"
#include "run/run_analysis.h"
#include "run/run_engine.h"
#include "run/run_export.h"
#include "run/run_summarizer.h"
#include "summarize/decision_parsers.h"
#include "vr_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace vr::cli {
namespace {

using project::Project;
using project::ProjectDatabase;

// An error that reached the event loop during a command (see protocol/guarded_application.h): the loops stop and
// the command ends with it as a project error, after what was saved stays saved.
QString& eventLoopFailure()
{
    static QString failure;
    return failure;
}

void throwIfEventLoopFailed()
{
    if (!eventLoopFailure().isEmpty()) throw project::ProjectError(eventLoopFailure().toStdString());
}

int cmdInit(const QStringList& args)
{
    Command cmd(args, {}, 1);
    const QString path = cmd.positional[0];
    if (QFileInfo::exists(path)) throw project::ProjectError(QStringLiteral("%1 already exists").arg(path).toStdString());
    Project project(path, ProjectDatabase::OpenMode::CreateNew);
    out(QStringLiteral("Created project %1").arg(path));
    return kOk;
}

int cmdImport(const QStringList& args)
{
    Command cmd(args, {}, 2);
    Project project(cmd.positional[0]);
    requireWritable(project, QStringLiteral("import"));
    const project::ScenarioImport imported = project::importScenarioFile(cmd.positional[1]);
    project.scenarios().addAll(imported.scenarios);
    for (const QString& r : imported.rejected) err(QStringLiteral("rejected %1").arg(r));
    out(QStringLiteral("Imported %1 scenarios, rejected %2").arg(imported.scenarios.size()).arg(imported.rejected.size()));
    return kOk;
}

bool sameRun(const project::RunSummary& run, const project::RunConfig& config, const QStringList& models, Project& project)
{
    const project::RunConfig& c = run.config;
    if (c.temperature != config.temperature || c.maxTokens != config.maxTokens || c.maxTurns != config.maxTurns || c.samples != config.samples
        || c.seed != config.seed || c.counterbalance != config.counterbalance)
        return false;
    QStringList runModels;
    for (const auto& m : project.runs().models(run.id)) runModels << m.modelId;
    return runModels == models;
}

namespace {

// The end of `valuerank run`: decision codes for any transcript still without one (an earlier session run with
// --no-summarize, say), then the analysis, stored like `valuerank analyze` stores it. The workbench does the same.
void summarizeAndAnalyze(const project::SharedProject& project, qint64 runId, const QString& parser, bool analyze)
{
    run::SummarizeOptions options;
    options.parser = parser;
    run::RunSummarizer rest(project, runId, options);
    runToCompletion(rest);
    if (!analyze || project->runs().summary(runId)->summarized == 0) return;
    try {
        run::analyzeRun(*project, runId);
        out(QStringLiteral("Analysed run %1 (valuerank analyze shows it; --no-analyze skips this step)").arg(runId));
    } catch (const std::exception& e) {
        err(QStringLiteral("Run %1 not analysed: %2").arg(runId).arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

int cmdRun(const QStringList& args)
{
    Command cmd(args,
                {valueOption("models", "comma-separated model ids"), valueOption("samples", "samples per cell (1)"),
                 valueOption("temperature", "0.7, or none to send no temperature"), valueOption("max-turns", "10"), valueOption("max-tokens", "1024"),
                 valueOption("concurrency", "calls in flight per provider (8)"), valueOption("budget", "stop starting cells at this cost (USD)"),
                 valueOption("seed", "0"), valueOption("name", "a name for the run"), QCommandLineOption("new", "always start a new run"),
                 QCommandLineOption("stream", "use the providers' streaming endpoints (the same transcripts)"),
                 valueOption("run", "resume this run"),
                 QCommandLineOption("counterbalance", "also ask each scenario with declared options in its mirror (B first, scale reversed)"),
                 valueOption("parser", "decision parser, applied as transcripts land: structured-v2 (default), structured-v1 or legacy"),
                 QCommandLineOption("no-summarize", "store transcripts only (no decision codes, no analysis)"),
                 QCommandLineOption("no-analyze", "do not analyse the run at its end")},
                1);
    const bool summarizing = !cmd.isSet(QStringLiteral("no-summarize"));
    const QString parser = cmd.isSet(QStringLiteral("parser")) ? cmd.value(QStringLiteral("parser")) : QStringLiteral("structured-v2");
    if (!summarize::isKnownParser(parser.toStdString())) throw UsageError("--parser must be structured-v2, structured-v1 or legacy");
    const project::SharedProject opened = std::make_shared<Project>(cmd.positional[0]);
    Project& project = *opened;
    requireWritable(project, QStringLiteral("run"));
    qint64 runId = 0;
    if (cmd.isSet(QStringLiteral("run"))) {
        runId = cmd.value(QStringLiteral("run")).toLongLong();
        if (!project.runs().summary(runId)) throw project::ProjectError("There is no run " + std::to_string(runId));
    } else {
        const QStringList models = cmd.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (models.isEmpty()) throw UsageError("--models is required (for example --models mock:a,mock:b)");
        project::RunConfig config;
        config.name = cmd.value(QStringLiteral("name"));
        config.samples = cmd.intValue(QStringLiteral("samples"), 1);
        if (cmd.value(QStringLiteral("temperature")) == QLatin1String("none")) config.temperature.reset();
        else config.temperature = cmd.doubleValue(QStringLiteral("temperature"), 0.7);
        config.maxTurns = cmd.intValue(QStringLiteral("max-turns"), 10);
        config.maxTokens = cmd.intValue(QStringLiteral("max-tokens"), 1024);
        config.concurrency = cmd.intValue(QStringLiteral("concurrency"), 8);
        config.seed = cmd.intValue(QStringLiteral("seed"), 0);
        if (cmd.isSet(QStringLiteral("budget"))) config.budgetUsd = cmd.doubleValue(QStringLiteral("budget"), 0);
        config.counterbalance = cmd.isSet(QStringLiteral("counterbalance"));
        if (config.samples < 1 || config.concurrency < 1) throw UsageError("--samples and --concurrency must be at least 1");
        // Rerunning the same command resumes the run it started.
        const auto runs = project.runs().list();
        if (!cmd.isSet(QStringLiteral("new")) && !runs.isEmpty() && sameRun(runs.last(), config, models, project)) {
            runId = runs.last().id;
            if (config.budgetUsd || cmd.isSet(QStringLiteral("concurrency"))) {
                // Budget and concurrency may change between sessions of one run.
                project::RunConfig stored = runs.last().config;
                stored.budgetUsd = config.budgetUsd;
                stored.concurrency = config.concurrency;
                project.runs().updateConfig(runId, stored);
            }
            out(QStringLiteral("Resuming run %1").arg(runId));
        } else {
            QList<project::Scenario> scenarios;
            for (const project::Scenario& s : project.scenarios().list())
                if (s.isRunnable()) scenarios << s;
            if (scenarios.isEmpty()) throw project::ProjectError("The project has no runnable scenarios (valuerank import FILE SCENARIOS)");
            QList<project::ModelEntry> entries;
            for (const QString& m : models) entries << project.models().entryFor(m);
            runId = project.runs().create(config, scenarios, entries);
            const qsizetype mirrors = config.counterbalance ? std::count_if(scenarios.begin(), scenarios.end(), [](const auto& s) { return bool(s.options); }) : 0;
            if (config.counterbalance && mirrors == 0)
                err(QStringLiteral("--counterbalance: no scenario declares optionA, optionB and scaleLabels, so none is mirrored"));
            out(QStringLiteral("Started run %1: %2 scenarios%6 × %3 models × %4 samples = %5 cells")
                    .arg(runId)
                    .arg(scenarios.size())
                    .arg(entries.size())
                    .arg(config.samples)
                    .arg((scenarios.size() + mirrors) * entries.size() * config.samples)
                    .arg(mirrors > 0 ? QStringLiteral(" + %1 mirrored").arg(mirrors) : QString()));
        }
    }
    run::RunEngine engine(opened, runId);
    engine.setStreaming(cmd.isSet(QStringLiteral("stream")));
    if (summarizing) engine.setSummarizeParser(parser);
    ProgressPrinter printer(stdout);
    InterruptWatcher interrupt;
    QEventLoop loop;
    QObject::connect(&interrupt, &InterruptWatcher::interruptRequested, &engine, [&] {
        err(QStringLiteral("interrupted: finishing cleanly (cells in flight go back to pending)"));
        engine.cancel();
    });
    QObject::connect(&engine, &run::RunEngine::progressChanged, &engine, [&] { printer.update(engine.progress()); });
    QObject::connect(&engine, &run::RunEngine::finished, &loop, &QEventLoop::quit);
    engine.start();
    if (!engine.isFinished()) loop.exec();
    throwIfEventLoopFailed();
    const run::RunProgress p = engine.progress();
    printer.finish(p);
    if (interrupt.interrupted()) {
        out(QStringLiteral("Stopped. Run the same command again to resume run %1.").arg(runId));
        return kInterrupted;
    }
    if (summarizing) summarizeAndAnalyze(opened, runId, parser, !cmd.isSet(QStringLiteral("no-analyze")));
    if (p.budgetReached) {
        out(QStringLiteral("Budget reached at $%1; %2 cells not started.").arg(p.cost, 0, 'f', 4).arg(p.total - p.done - p.failed));
        return kBudgetReached;
    }
    if (p.failed > 0) {
        out(QStringLiteral("%1 cells failed; run the same command again to retry them.").arg(p.failed));
        return kCellsFailed;
    }
    out(QStringLiteral("Run %1 complete: %2 transcripts, cost $%3").arg(runId).arg(p.done).arg(p.cost, 0, 'f', 4));
    return kOk;
}

int cmdSummarize(const QStringList& args)
{
    Command cmd(args, {valueOption("run", "run id (default: the latest)"), valueOption("model", "explain each decision with this model"),
                       valueOption("parser", "structured-v2 (default), structured-v1 or legacy"), QCommandLineOption("again", "re-parse summarized transcripts"),
                       valueOption("concurrency", "explanation calls in flight (8)")},
                1);
    const project::SharedProject opened = std::make_shared<Project>(cmd.positional[0]);
    Project& project = *opened;
    requireWritable(project, QStringLiteral("summarize"));
    const qint64 runId = chooseRun(project, cmd);
    run::SummarizeOptions options;
    if (cmd.isSet(QStringLiteral("parser"))) options.parser = cmd.value(QStringLiteral("parser"));
    if (!summarize::isKnownParser(options.parser.toStdString()))
        throw UsageError("--parser must be structured-v2, structured-v1 or legacy");
    options.explanationModel = cmd.value(QStringLiteral("model"));
    options.again = cmd.isSet(QStringLiteral("again"));
    options.concurrency = cmd.intValue(QStringLiteral("concurrency"), 8);
    run::RunSummarizer summarizer(opened, runId, options);
    InterruptWatcher interrupt;
    QEventLoop loop;
    QObject::connect(&interrupt, &InterruptWatcher::interruptRequested, &summarizer, &run::RunSummarizer::cancel);
    QObject::connect(&summarizer, &run::RunSummarizer::finished, &loop, &QEventLoop::quit);
    summarizer.start();
    if (!summarizer.isFinished()) loop.exec();
    throwIfEventLoopFailed();
    out(QStringLiteral("Summarized %1 transcripts of run %2 (%3 explanations failed)").arg(summarizer.done()).arg(runId).arg(summarizer.explanationFailures()));
    return interrupt.interrupted() ? kInterrupted : kOk;
}

int cmdAnalyze(const QStringList& args)
{
    Command cmd(args, {valueOption("run", "run id (default: the latest)"), QCommandLineOption(QStringLiteral("json"), QStringLiteral("print the analysis as JSON"))}, 1);
    Project project(cmd.positional[0]);
    requireWritable(project, QStringLiteral("analyze"));
    const qint64 runId = chooseRun(project, cmd);
    const auto summary = project.runs().summary(runId);
    if (!summary) throw project::ProjectError("There is no run " + std::to_string(runId));
    if (summary->summarized == 0)
        throw project::ProjectError(QStringLiteral("Nothing in run %1 is summarized yet (%2 transcripts): run `valuerank summarize %3` first.")
                                        .arg(runId)
                                        .arg(summary->done)
                                        .arg(project.path())
                                        .toStdString());
    const std::string stored = run::analyzeRun(project, runId);
    if (cmd.isSet(QStringLiteral("json"))) {
        out(QString::fromStdString(stored));
        return kOk;
    }
    out(QStringLiteral("Analysis of run %1 stored.").arg(runId));
    for (const QString& line : analysisReport(Json::parse(stored))) out(line);
    return kOk;
}

int cmdExport(const QStringList& args)
{
    Command cmd(args, {valueOption("run", "run id (default: the latest)"), valueOption("format", "csv, jsonl or json"), valueOption("out", "file")}, 1);
    Project project(cmd.positional[0], ProjectDatabase::OpenMode::ReadOnly);
    const auto format = run::exportFormatFromName(cmd.value(QStringLiteral("format")));
    if (!format) throw UsageError("--format must be csv, jsonl or json");
    if (!cmd.isSet(QStringLiteral("out"))) throw UsageError("--out is required");
    const qint64 runId = chooseRun(project, cmd);
    const int rows = run::exportRun(project, runId, *format, cmd.value(QStringLiteral("out")));
    out(QStringLiteral("Exported %1 transcripts of run %2 to %3").arg(rows).arg(runId).arg(cmd.value(QStringLiteral("out"))));
    return kOk;
}

int cmdStatus(const QStringList& args)
{
    Command cmd(args, {valueOption("run", "only this run")}, 1);
    Project project(cmd.positional[0], ProjectDatabase::OpenMode::ReadOnly);
    out(QStringLiteral("%1: %2 scenarios, %3 models in the catalog")
            .arg(project.path())
            .arg(project.scenarios().list().size())
            .arg(project.models().list().size()));
    for (const project::RunSummary& r : project.runs().list()) {
        if (cmd.isSet(QStringLiteral("run")) && r.id != cmd.value(QStringLiteral("run")).toLongLong()) continue;
        out(QStringLiteral("run %1%2: %3 cells (%4 scenarios × %5 models × %6 samples): %7 done, %8 failed, %9 to do; %10 summarized; cost $%11%12")
                .arg(r.id)
                .arg(r.name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(r.name))
                .arg(r.cells)
                .arg(r.scenarioCount)
                .arg(r.modelCount)
                .arg(r.config.samples)
                .arg(r.done)
                .arg(r.failed)
                .arg(r.pending + r.running)
                .arg(r.summarized)
                .arg(r.cost, 0, 'f', 4)
                .arg(!r.hasAnalysis ? QString()
                     : run::isLatestAnalysisCurrent(project, r.id) ? QStringLiteral("; analysed")
                                                                    : QStringLiteral("; analysis out of date (decisions changed since: valuerank analyze)"))
                .append(r.detectableDifference ? QStringLiteral(", detects differences of %1 or more between two models (80 % power)")
                                                     .arg(*r.detectableDifference, 0, 'f', 2)
                                               : QString()));
        // Why cells failed, and what to do about it.
        for (const project::FailureGroup& g : project.runs().failureGroups(r.id)) {
            const QString advice = run::failureAdvice(g.errorCode, g.modelId);
            out(QStringLiteral("  %1 failed: %2 for %3%4")
                    .arg(g.cells)
                    .arg(g.errorCode, g.modelId, advice.isEmpty() ? QString() : QStringLiteral(" — ") + advice));
            if (!g.exampleMessage.isEmpty()) out(QStringLiteral("      e.g. \"%1\"").arg(g.exampleMessage.left(200)));
        }
    }
    return kOk;
}

} // namespace

QString cliHelp()
{
    return QStringLiteral(
        "valuerank %1 - run value-dilemma evaluations on a project file\n\n"
        "Usage:\n"
        "  valuerank init FILE\n"
        "  valuerank import FILE SCENARIOS.json|.yaml\n"
        "  valuerank expand FILE TEMPLATE.json|.yaml [--seed S] [--dry-run] [--keep-removed]\n"
        "  valuerank run FILE --models a,b,... [--samples N] [--temperature T|none] [--max-turns N] [--max-tokens N]\n"
        "                [--concurrency N] [--budget USD] [--seed S] [--name NAME] [--new] [--run ID] [--stream]\n"
        "                [--parser P] [--no-analyze] [--no-summarize] [--counterbalance]\n"
        "  valuerank summarize FILE [--run ID] [--model M] [--parser structured-v2|structured-v1|legacy] [--again]\n"
        "  valuerank analyze FILE [--run ID] [--json]\n"
        "  valuerank plan FILE --delta D [--run ID] [--alpha A] [--power P] [--models a,b] [--max-repeats R] [--json]\n"
        "  valuerank search FILE TEXT [--run ID] [--model M] [--decision N] [--limit N] [--json]\n"
        "  valuerank export FILE --format csv|jsonl|json --out PATH [--run ID]\n"
        "  valuerank status FILE [--run ID]\n\n"
        "Running the same `run` command again resumes it: only missing or failed cells are run. Ctrl-C stops\n"
        "cleanly; every finished transcript is already saved. Models: mock:NAME needs no key and no network.\n"
        "`expand` adds a scenario template's combinations (tag template:NAME); run it again after editing the\n"
        "template and each combination that still exists keeps its scenario, so results stay attached.\n\n"
        "Exit status:\n"
        "  0    success\n"
        "  1    usage error\n"
        "  2    project or file error (not a project, newer schema, unreadable file)\n"
        "  3    the run finished with failed cells (rerun to retry them)\n"
        "  4    the budget was reached before every cell started\n"
        "  130  interrupted (Ctrl-C or SIGTERM); rerun to resume\n")
        .arg(QStringLiteral(VR_VERSION));
}

int runCli(const QStringList& args)
{
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fprintf(command.isEmpty() ? stderr : stdout, "%s", qPrintable(cliHelp()));
        return command.isEmpty() ? kUsageError : kOk;
    }
    if (command == QLatin1String("--version")) {
        out(QStringLiteral("valuerank %1").arg(QStringLiteral(VR_VERSION)));
        return kOk;
    }
    setEventLoopErrorHandler([](const QString& text) {
        eventLoopFailure() = text;
        QCoreApplication::exit(kProjectError); // leaves every running event loop
    });
    try {
        if (command == QLatin1String("init")) return cmdInit(args);
        if (command == QLatin1String("import")) return cmdImport(args);
        if (command == QLatin1String("expand")) return cmdExpand(args);
        if (command == QLatin1String("run")) return cmdRun(args);
        if (command == QLatin1String("summarize")) return cmdSummarize(args);
        if (command == QLatin1String("analyze")) return cmdAnalyze(args);
        if (command == QLatin1String("plan")) return cmdPlan(args);
        if (command == QLatin1String("search")) return cmdSearch(args);
        if (command == QLatin1String("export")) return cmdExport(args);
        if (command == QLatin1String("status")) return cmdStatus(args);
        err(QStringLiteral("unknown command '%1' (try valuerank --help)").arg(command));
        return kUsageError;
    } catch (const UsageError& e) {
        err(QStringLiteral("%1: %2 (try valuerank --help)").arg(command, QString::fromUtf8(e.what())));
        return kUsageError;
    } catch (const project::ProjectError& e) {
        err(QString::fromUtf8(e.what()));
        return kProjectError;
    } catch (const WorkerError& e) {
        err(QString::fromStdString(e.message()));
        return kProjectError;
    } catch (const std::exception& e) {
        err(QString::fromUtf8(e.what()));
        return kProjectError;
    }
}

} // namespace vr::cli
