// The run engine in process: repeats are distinct samples, budget stop, cancel and resume, failures recorded
// and retried, adaptive concurrency on rate limits, streaming signals, and summarize/analyze/export on top.
#include "mock_provider_server.h"
#include "project/project.h"
#include "provider_shapes.h"
#include "run/run_analysis.h"
#include "run/run_engine.h"
#include "run/run_export.h"
#include "run/run_summarizer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <set>

using namespace vr;
using namespace vr::project;

namespace {

QList<Scenario> scenarios(int count)
{
    QList<Scenario> out;
    for (int i = 0; i < count; ++i) {
        Scenario s;
        s.name = QStringLiteral("Scenario %1").arg(i);
        s.prompt = QStringLiteral("Dilemma number %1: option A or option B? Rate 1-5.").arg(i);
        s.dimensions = {{QStringLiteral("severity"), double(1 + i % 5)}};
        s.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
        out << s;
    }
    return out;
}

bool runToEnd(run::RunEngine& engine, int timeoutMs = 30000)
{
    QSignalSpy done(&engine, &run::RunEngine::finished);
    engine.start();
    return engine.isFinished() || done.wait(timeoutMs);
}

} // namespace

class RunEngineTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::MockProviderServer m_mock;
    int m_files = 0;

    SharedProject newProject(int scenarioCount)
    {
        auto p = std::make_shared<Project>(m_dir.filePath(QStringLiteral("p%1.vrproj").arg(++m_files)), ProjectDatabase::OpenMode::CreateNew);
        p->scenarios().addAll(scenarios(scenarioCount));
        return p;
    }

private slots:
    void initTestCase()
    {
        qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
        qputenv("VALUERANK_HTTP_TIMEOUT_MS", "2000");
        qputenv("OPENAI_API_KEY", "sk-test-run-engine-0123456789");
        qputenv("OPENAI_BASE_URL", (m_mock.url() + "/openai/v1").toUtf8());
        qputenv("VALUERANK_LOG_LEVEL", "warn");
    }

    void decisionsLandWithTheirTranscripts()
    {
        auto p = newProject(3);
        RunConfig config;
        config.maxTurns = 1;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("mock:alpha"))});
        run::RunEngine engine(p, run);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.setSummarizeParser(QStringLiteral("no-such-parser")));
        engine.setSummarizeParser(QStringLiteral("structured-v2"));
        int withDecision = 0, finished = 0;
        connect(&engine, &run::RunEngine::cellFinished, &engine, [&](qint64 cellId, bool ok) {
            ++finished;
            const auto row = p->runs().transcriptOfCell(cellId);
            if (ok && row && row->decisionCode) ++withDecision; // stored with its transcript, before the run ends
        });
        QVERIFY(runToEnd(engine));
        QCOMPARE(finished, 3);
        QCOMPARE(withDecision, 3);
        QCOMPARE(p->runs().summary(run)->summarized, 3);
    }

    void repeatsAreDistinctSamples()
    {
        auto p = newProject(4);
        RunConfig config;
        config.samples = 6;
        config.maxTurns = 1;
        config.seed = 11;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("mock:alpha"))});
        run::RunEngine engine(p, run);
        QVERIFY(runToEnd(engine));
        const auto rows = p->runs().transcripts(run);
        QCOMPARE(rows.size(), 24);
        // Each sample ran with its own seed, so one scenario's six answers are not one cached answer.
        std::set<std::string> answers;
        for (const auto& r : rows)
            if (r.scenarioIndex == 0) answers.insert(r.content["turns"][0]["targetResponse"].get<std::string>());
        QVERIFY2(answers.size() >= 2, "six samples came back as one answer");
        QCOMPARE(engine.progress().done, 24);
    }

    void budgetStopsNewCells()
    {
        m_mock.setResponder([](const test::RecordedRequest& r) { return test::providerSuccess(r); }); // 42 in / 17 out tokens
        auto p = newProject(10);
        ModelEntry priced;
        priced.modelId = QStringLiteral("gpt-4o");
        priced.costInputPerMillion = 10000; // $0.42 + $0.17 per call at these prices
        priced.costOutputPerMillion = 10000;
        RunConfig config;
        config.maxTurns = 1;
        config.concurrency = 1;
        config.budgetUsd = 1.5;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {priced});
        run::RunEngine engine(p, run);
        QVERIFY(runToEnd(engine));
        const run::RunProgress progress = engine.progress();
        QVERIFY(progress.budgetReached);
        QCOMPARE(progress.done, 3); // 0.59, 1.18, 1.77 ≥ 1.5: the third started before the budget was reached
        QCOMPARE(p->runs().summary(run)->pending, 7);
        QVERIFY(std::abs(p->runs().summary(run)->cost - 1.77) < 1e-9);
    }

    void cancelKeepsWhatFinishedAndResumeFillsTheRest()
    {
        qputenv("VALUERANK_MOCK_LATENCY_MS", "30");
        auto p = newProject(6);
        RunConfig config;
        config.maxTurns = 1;
        config.concurrency = 2;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("mock:a")),
                                                                           p->models().entryFor(QStringLiteral("mock:b"))});
        QMap<qint64, QString> firstSession;
        {
            run::RunEngine engine(p, run);
            QSignalSpy finished(&engine, &run::RunEngine::finished);
            connect(&engine, &run::RunEngine::cellFinished, &engine, [&](qint64, bool) {
                if (engine.progress().done >= 3) engine.cancel();
            });
            engine.start();
            QVERIFY(engine.isFinished() || finished.wait(10000));
            QVERIFY(engine.progress().cancelled);
        }
        qunsetenv("VALUERANK_MOCK_LATENCY_MS");
        const RunSummary afterCancel = *p->runs().summary(run);
        QVERIFY(afterCancel.done >= 3 && afterCancel.done < 12);
        QCOMPARE(afterCancel.running, 0); // cancelled cells went back to pending
        QCOMPARE(afterCancel.failed, 0);
        for (const auto& r : p->runs().transcripts(run)) firstSession.insert(r.transcriptId, r.completedAt);
        run::RunEngine resume(p, run);
        int started = 0;
        connect(&resume, &run::RunEngine::cellStarted, &resume, [&](qint64) { ++started; });
        QVERIFY(runToEnd(resume));
        QCOMPARE(started, 12 - afterCancel.done); // only the missing cells ran
        QCOMPARE(p->runs().summary(run)->done, 12);
        for (const auto& r : p->runs().transcripts(run))
            if (firstSession.contains(r.transcriptId)) QCOMPARE(r.completedAt, firstSession.value(r.transcriptId));
    }

    void failuresAreRecordedAndRetriedOnRerun()
    {
        m_mock.setScript({test::MockReply::text("{\"error\": \"bad key\"}", 401)});
        auto p = newProject(2);
        RunConfig config;
        config.maxTurns = 1;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("gpt-4o"))});
        {
            run::RunEngine engine(p, run);
            QVERIFY(runToEnd(engine));
            QCOMPARE(engine.progress().failed, 2);
        }
        const auto cells = p->runs().cells(run);
        QCOMPARE(cells[0].state, CellState::Failed);
        QCOMPARE(cells[0].errorCode, QStringLiteral("AUTH_ERROR"));
        m_mock.setResponder([](const test::RecordedRequest& r) { return test::providerSuccess(r); });
        run::RunEngine again(p, run);
        QVERIFY(runToEnd(again));
        QCOMPARE(p->runs().summary(run)->done, 2);
        QCOMPARE(p->runs().cells(run)[0].attempts, 2);
    }

    void rateLimitsHalveTheProvidersConcurrency()
    {
        // Each cell's first request is rate limited, its retry answered (deterministic: a counter shared by all
        // requests could rate-limit one cell five times in a row); retries are visible and the throttle backs off.
        auto seen = std::make_shared<QSet<QByteArray>>(); // touched only on the mock server's thread
        m_mock.setResponder([seen](const test::RecordedRequest& r) {
            if (!seen->contains(r.body)) {
                seen->insert(r.body);
                return test::MockReply::text("slow down", 429);
            }
            return test::providerSuccess(r);
        });
        auto p = newProject(20);
        RunConfig config;
        config.maxTurns = 1;
        config.concurrency = 16;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("gpt-4o"))});
        run::RunEngine engine(p, run);
        int retries = 0;
        int lowest = 16;
        connect(&engine, &run::RunEngine::retrying, &engine, [&](qint64, const llm::RetryEvent& e) {
            retries += e.kind == llm::FailureKind::RateLimit;
            lowest = std::min(lowest, engine.providerLimit(QStringLiteral("openai")));
        });
        QVERIFY(runToEnd(engine));
        QCOMPARE(engine.progress().done, 20);
        QVERIFY(retries > 0);
        QCOMPARE(engine.progress().retries, retries);
        QVERIFY2(lowest <= 8, qPrintable(QString::number(lowest)));
    }

    void lowRateLimitHeadersAlsoBackOff()
    {
        m_mock.setResponder([](const test::RecordedRequest& r) {
            test::MockReply reply = test::providerSuccess(r);
            reply.headers << qMakePair(QByteArray("x-ratelimit-limit-requests"), QByteArray("1000"))
                          << qMakePair(QByteArray("x-ratelimit-remaining-requests"), QByteArray("3"));
            return reply;
        });
        auto p = newProject(4);
        RunConfig config;
        config.maxTurns = 1;
        config.concurrency = 8;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("gpt-4o"))});
        run::RunEngine engine(p, run);
        QVERIFY(runToEnd(engine));
        QVERIFY(engine.providerLimit(QStringLiteral("openai")) < 8);
    }

    void streamingDeliversText()
    {
        auto p = newProject(1);
        RunConfig config;
        config.maxTurns = 1;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("mock:s"))});
        run::RunEngine engine(p, run);
        engine.setStreaming(true);
        QString streamed;
        connect(&engine, &run::RunEngine::textDelta, &engine, [&](qint64, int, const QString& t) { streamed += t; });
        QVERIFY(runToEnd(engine));
        QCOMPARE(streamed.toStdString(), p->runs().transcripts(run)[0].content["turns"][0]["targetResponse"].get<std::string>());
    }

    void summarizeAnalyzeExport()
    {
        auto p = newProject(6);
        RunConfig config;
        config.maxTurns = 2;
        config.samples = 2;
        const qint64 run = p->runs().create(config, p->scenarios().list(), {p->models().entryFor(QStringLiteral("mock:a")),
                                                                           p->models().entryFor(QStringLiteral("mock:b")),
                                                                           p->models().entryFor(QStringLiteral("mock:c"))});
        run::RunEngine engine(p, run);
        QVERIFY(runToEnd(engine));
        run::RunSummarizer summarizer(p, run, {});
        QSignalSpy summarized(&summarizer, &run::RunSummarizer::finished);
        summarizer.start();
        QVERIFY(summarizer.isFinished() || summarized.wait(10000));
        QCOMPARE(summarizer.done(), 36);
        for (const auto& r : p->runs().transcripts(run)) QVERIFY(r.decisionCode && *r.decisionCode != QLatin1String("other"));

        const Json analysis = Json::parse(run::analyzeRun(*p, run));
        QCOMPARE(analysis["perModel"].size(), size_t(3));
        QCOMPARE(analysis["perModel"]["mock:a"]["sampleSize"].get<int>(), 12);
        QVERIFY(analysis["dimensionAnalysis"]["dimensions"].contains("severity"));
        QVERIFY(p->runs().latestAnalysis(run).has_value());
        // The stored analysis knows what it was computed from: an override makes it out of date, a new analysis
        // current again, clearing the override out of date again (a filtered one is its own).
        QVERIFY(run::isLatestAnalysisCurrent(*p, run));
        const qint64 firstTranscript = p->runs().transcripts(run).first().transcriptId;
        const QString parsed = *p->runs().transcripts(run).first().decisionCode;
        p->runs().setOverride(firstTranscript, parsed == QLatin1String("1") ? QStringLiteral("5") : QStringLiteral("1"));
        QVERIFY(!run::isLatestAnalysisCurrent(*p, run));
        run::analyzeRun(*p, run);
        QVERIFY(run::isLatestAnalysisCurrent(*p, run));
        p->runs().setOverride(firstTranscript, std::nullopt);
        QVERIFY(!run::isLatestAnalysisCurrent(*p, run));
        run::analyzeRun(*p, run);
        run::AnalysisFilter filter;
        filter.models = {QStringLiteral("mock:a")};
        filter.tags = {QStringLiteral("odd")};
        filter.maxSamples = 1;
        const Json filtered = Json::parse(run::analyzeInput(run::buildAnalysisInput(*p, run, filter)));
        QCOMPARE(filtered["perModel"].size(), size_t(1));
        QCOMPARE(filtered["perModel"]["mock:a"]["sampleSize"].get<int>(), 3);
        QVERIFY(!run::isLatestAnalysisCurrent(*p, run, filter)); // none stored under that filter yet
        run::analyzeRun(*p, run, filter);
        QVERIFY(run::isLatestAnalysisCurrent(*p, run, filter));
        QCOMPARE(Json::parse(*p->runs().latestAnalysis(run))["perModel"].size(), size_t(3)); // the whole run's is still the whole run's

        const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
        QCOMPARE(run::exportRun(*p, run, run::ExportFormat::Csv, csv), 36);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 37);
        QCOMPARE(lines[0], QStringLiteral("run,scenario,model,sample,turns,input_tokens,output_tokens,cost,decision_code,override_code,effective_code"));
        QVERIFY(lines[1].startsWith(QStringLiteral("%1,Scenario 0,mock:a,0,1,").arg(run))); // no follow-ups: one turn
        const QString jsonl = m_dir.filePath(QStringLiteral("run.jsonl"));
        QCOMPARE(run::exportRun(*p, run, run::ExportFormat::JsonLines, jsonl), 36);
        const QString whole = m_dir.filePath(QStringLiteral("run.json"));
        run::exportRun(*p, run, run::ExportFormat::Json, whole);
        QFile wholeFile(whole);
        QVERIFY(wholeFile.open(QIODevice::ReadOnly));
        const Json document = Json::parse(wholeFile.readAll().toStdString());
        QCOMPARE(document["transcripts"].size(), size_t(36));
        QVERIFY(document["analysis"].contains("perModel"));
        QCOMPARE(run::csvField(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }
};

QTEST_GUILESS_MAIN(RunEngineTest)
#include "tst_run_engine.moc"
