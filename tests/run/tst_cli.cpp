// The `valuerank` tool from the outside: a whole evaluation on mock: models with no keys and no network;
// kill -9 in the middle of a run loses no finished transcript and the rerun completes only the missing cells;
// Ctrl-C stops cleanly; exit statuses.
#include "project/project.h"
#include "golden_case.h"
#include "mock_provider_server.h"
#include "provider_shapes.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace vr;
using namespace vr::test;

namespace {

const QString kCli = QStringLiteral(VR_BIN_DIR "/valuerank");

QProcessEnvironment cliEnvironment(int mockLatencyMs = 0)
{
    QProcessEnvironment env = goldenEnvironment(Json::object(), 9); // no keys, provider URLs point nowhere
    if (mockLatencyMs > 0) env.insert(QStringLiteral("VALUERANK_MOCK_LATENCY_MS"), QString::number(mockLatencyMs));
    return env;
}

ProcessResult cli(const QStringList& args, int mockLatencyMs = 0)
{
    return runProcess(kCli, {}, cliEnvironment(mockLatencyMs), 120000, args);
}

// Reads the project through its own connection while the CLI may be writing (WAL allows it).
QList<QVariantList> rows(const QString& path, const QString& sql)
{
    QList<QVariantList> out;
    const QString name = QStringLiteral("reader-%1").arg(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i) row << q.value(i);
                    out << row;
                }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// A slow mock run of 2 models × 4 scenarios × 3 samples, started in the background.
QStringList slowRunArgs(const QString& project, const QString& models)
{
    return {QStringLiteral("run"), project, QStringLiteral("--models"), models, QStringLiteral("--samples"), QStringLiteral("3"),
            QStringLiteral("--max-turns"), QStringLiteral("1"), QStringLiteral("--concurrency"), QStringLiteral("2")};
}

// Starts the CLI in the background with mock calls taking `mockLatencyMs` each.
bool startCli(QProcess& process, const QStringList& args, int mockLatencyMs)
{
    process.setProcessEnvironment(cliEnvironment(mockLatencyMs));
    process.start(kCli, args);
    return process.waitForStarted();
}

// The disk is "full" for the child at `bytes` per file (ulimit -f; SIGXFSZ ignored, so the write fails instead).
void limitFileSize(QProcess& process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

int count(const QString& path, const QString& sql)
{
    const auto r = rows(path, sql);
    return r.isEmpty() ? -1 : r[0][0].toInt();
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_scenarios;

    QString newProject(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const ProcessResult init = cli({QStringLiteral("init"), path});
        if (init.exitCode != 0) qWarning() << init.stderrData;
        const ProcessResult imported = cli({QStringLiteral("import"), path, m_scenarios});
        if (imported.exitCode != 0) qWarning() << imported.stderrData;
        return path;
    }

private slots:
    void initTestCase()
    {
        m_scenarios = m_dir.filePath(QStringLiteral("scenarios.json"));
        QFile f(m_scenarios);
        QVERIFY(f.open(QIODevice::WriteOnly));
        Json list = Json::array();
        for (int i = 0; i < 4; ++i)
            list.push_back({{"name", "Dilemma " + std::to_string(i)}, {"prompt", "Option A or B in case " + std::to_string(i) + "? Rate 1-5."},
                            {"followups", Json::array({{{"label", "why"}, {"prompt", "Why?"}}})},
                            {"dimensions", {{"severity", 1 + i}}}, {"tags", Json::array({"t"})}});
        list.push_back({{"name", "Broken"}});
        f.write(QByteArray::fromStdString(Json{{"scenarios", list}}.dump()));
    }

    void runWithoutSummarizingStoresTranscriptsOnly()
    {
        const QString project = newProject(QStringLiteral("transcripts-only.vrproj"));
        ProcessResult r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--max-turns"),
                               QStringLiteral("1"), QStringLiteral("--no-summarize")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.stdoutData.contains("Analysed"));
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(r.stdoutData.contains("0 summarized"), r.stdoutData.constData());
        // The same command again (nothing left to run) summarizes what the first left, and analyses unless told not to.
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--max-turns"), QStringLiteral("1"),
                 QStringLiteral("--no-analyze")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.stdoutData.contains("Analysed"));
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(!r.stdoutData.contains(" 0 summarized"), r.stdoutData.constData());
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--parser"), QStringLiteral("nope")}).exitCode, 1);
    }

    void searchFindsWhatModelsSaid()
    {
        const QString project = newProject(QStringLiteral("search.vrproj"));
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b,mock:c"), QStringLiteral("--samples"),
                      QStringLiteral("3"), QStringLiteral("--max-turns"), QStringLiteral("1")}).exitCode, 0);
        // What SQLite's LIKE finds in the stored answers is what search must find (case aside).
        const QString phrase = QStringLiteral("second option");
        const int expected = count(project, QStringLiteral("SELECT count(*) FROM transcripts WHERE content LIKE '%second option%'"));
        const int expectedFives = count(project, QStringLiteral("SELECT count(*) FROM transcripts t JOIN summaries s ON s.transcript_id = t.id"
                                                                " WHERE t.content LIKE '%second option%' AND s.decision_code = '5'"));
        QVERIFY2(expected > 0 && expectedFives > 0 && expectedFives < expected, qPrintable(QStringLiteral("%1 %2").arg(expected).arg(expectedFives)));
        ProcessResult r = cli({QStringLiteral("search"), project, QStringLiteral("\"SECOND Option\""), QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 0);
        Json matches = Json::parse(r.stdoutData.toStdString())["matches"];
        QCOMPARE(int(matches.size()), expected);
        for (const Json& m : matches) {
            QVERIFY(QString::fromStdString(m["snippet"]).contains(QStringLiteral("«second option»"), Qt::CaseInsensitive));
            QVERIFY(m["field"] == "answer");
        }
        r = cli({QStringLiteral("search"), project, phrase, QStringLiteral("--decision"), QStringLiteral("5"), QStringLiteral("--model"),
                 QStringLiteral("mock:a"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
        matches = Json::parse(r.stdoutData.toStdString())["matches"];
        QCOMPARE(int(matches.size()), count(project, QStringLiteral("SELECT count(*) FROM transcripts t JOIN summaries s ON s.transcript_id = t.id"
                                                                     " JOIN cells c ON c.id = t.cell_id JOIN run_models m ON m.run_id = c.run_id AND m.idx = c.model_idx"
                                                                     " WHERE t.content LIKE '%second option%' AND s.decision_code = '5' AND m.model_id = 'mock:a'")));
        for (const Json& m : matches) QVERIFY(m["decision"] == "5" && m["model"] == "mock:a");
        r = cli({QStringLiteral("search"), project, QStringLiteral("second option"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(r.stdoutData.contains("2 matches, the best first"), r.stdoutData.constData());
        QVERIFY(r.stdoutData.contains("«second»"));
        r = cli({QStringLiteral("search"), project, QStringLiteral("zeppelin")});
        QVERIFY(r.stdoutData.contains("No transcript matches"));
        QCOMPARE(cli({QStringLiteral("search"), project, QStringLiteral("( * )")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("search"), project, QStringLiteral("x"), QStringLiteral("--run"), QStringLiteral("99")}).exitCode, 2);
    }

    void wholeEvaluationOffline()
    {
        const QString project = newProject(QStringLiteral("whole.vrproj"));
        ProcessResult r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b"), QStringLiteral("--samples"),
                               QStringLiteral("2"), QStringLiteral("--max-turns"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdoutData.contains("Run 1 complete: 16 transcripts"));
        // Summarized as the transcripts landed and analysed at the end: nothing is left for `summarize`.
        QVERIFY2(r.stdoutData.contains("Analysed run 1"), r.stdoutData.constData());
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(r.stdoutData.contains("16 summarized"), r.stdoutData.constData());
        r = cli({QStringLiteral("summarize"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdoutData.contains("Summarized 0 transcripts"), r.stdoutData.constData());
        r = cli({QStringLiteral("analyze"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdoutData.contains("95 % interval clustered by scenario"));
        QVERIFY(r.stdoutData.contains("    mock:a "));
        const QString csv = m_dir.filePath(QStringLiteral("whole.csv"));
        r = cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 17); // header + one row per transcript
        QVERIFY(lines[0].startsWith("run,scenario,model,sample,turns,input_tokens,output_tokens,cost,decision_code"));
        const QList<QByteArray> first = lines[1].split(',');
        QCOMPARE(first[1], QByteArray("Dilemma 0"));
        QCOMPARE(first[2], QByteArray("mock:a"));
        QCOMPARE(first[4], QByteArray("2"));
        QVERIFY(QByteArray("12345").contains(first[8]));
        r = cli({QStringLiteral("status"), project});
        QVERIFY(r.stdoutData.contains("16 done, 0 failed, 0 to do; 16 summarized"));
        QVERIFY2(r.stdoutData.contains("; analysed"), r.stdoutData.constData());
        {
            // A decision corrected after the analysis: status says the analysis no longer describes the run.
            vr::project::Project p(project);
            const vr::project::TranscriptRow row = p.runs().transcripts(1).first();
            p.runs().setOverride(row.transcriptId, row.decisionCode == QStringLiteral("1") ? QStringLiteral("2") : QStringLiteral("1"));
        }
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(r.stdoutData.contains("analysis out of date"), r.stdoutData.constData());
        QCOMPARE(cli({QStringLiteral("analyze"), project}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("status"), project}).stdoutData.contains("; analysed"));
        // Running the same command again finds nothing left to do.
        r = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b"), QStringLiteral("--samples"),
                 QStringLiteral("2"), QStringLiteral("--max-turns"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdoutData.contains("Resuming run 1"));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM transcripts")), 16);
    }

    void killNineLosesNothingFinished()
    {
        const QString project = newProject(QStringLiteral("kill.vrproj"));
        const QStringList runArgs = slowRunArgs(project, QStringLiteral("mock:slow-a,mock:slow-b"));
        QProcess process;
        QVERIFY(startCli(process, runArgs, 60));
        // Wait (on the event loop, not a fixed sleep) until some transcripts are committed, then kill -9.
        QTRY_VERIFY_WITH_TIMEOUT(count(project, QStringLiteral("SELECT count(*) FROM transcripts")) >= 5, 20000);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(rows(project, QStringLiteral("PRAGMA integrity_check")).value(0).value(0).toString(), QStringLiteral("ok"));
        const auto before = rows(project, QStringLiteral("SELECT id, cell_id, content, completed_at FROM transcripts ORDER BY id"));
        QVERIFY(before.size() >= 5);
        QVERIFY(before.size() < 24);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM cells WHERE state = 'done'")), before.size());

        const ProcessResult rerun = runProcess(kCli, {}, cliEnvironment(), 120000, runArgs);
        QCOMPARE(rerun.exitCode, 0);
        QVERIFY(rerun.stdoutData.contains("Resuming run 1"));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM transcripts")), 24);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM cells WHERE state = 'done'")), 24);
        // The transcripts finished before the kill are the same rows, untouched; only missing cells ran again.
        const auto after = rows(project, QStringLiteral("SELECT id, cell_id, content, completed_at FROM transcripts ORDER BY id"));
        for (qsizetype i = 0; i < before.size(); ++i) QCOMPARE(after[i], before[i]);
        QCOMPARE(count(project, QStringLiteral("SELECT max(attempts) FROM cells WHERE id IN (SELECT cell_id FROM transcripts WHERE id <= %1)")
                                    .arg(before.last()[0].toLongLong())),
                 1);
    }

    void ctrlCStopsCleanly()
    {
        const QString project = newProject(QStringLiteral("sigint.vrproj"));
        const QStringList runArgs{QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:x"), QStringLiteral("--samples"),
                                  QStringLiteral("5"), QStringLiteral("--max-turns"), QStringLiteral("1"), QStringLiteral("--concurrency"),
                                  QStringLiteral("1")};
        QProcess process;
        QVERIFY(startCli(process, runArgs, 80));
        QTRY_VERIFY_WITH_TIMEOUT(count(project, QStringLiteral("SELECT count(*) FROM transcripts")) >= 2, 20000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM cells WHERE state IN ('running', 'failed')")), 0);
        const ProcessResult rerun = runProcess(kCli, {}, cliEnvironment(), 120000, runArgs);
        QCOMPARE(rerun.exitCode, 0);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM transcripts")), 20);
    }

    void secondWriterIsRefusedAndNoCellRunsTwice()
    {
        const QString project = newProject(QStringLiteral("two-writers.vrproj"));
        const QStringList runArgs = slowRunArgs(project, QStringLiteral("mock:w-a,mock:w-b"));
        QProcess first;
        QVERIFY(startCli(first, runArgs, 250)); // long enough that the second writer comes while it runs, even under ASan
        QTRY_VERIFY_WITH_TIMEOUT(count(project, QStringLiteral("SELECT count(*) FROM transcripts")) >= 2, 20000);
        const ProcessResult second = cli(runArgs);
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.stderrData.contains("being written by another program"), second.stderrData.constData());
        QVERIFY2(second.stderrData.contains("process " + QByteArray::number(first.processId())), second.stderrData.constData());
        // Readers are not writers: status works while the run goes on.
        QCOMPARE(cli({QStringLiteral("status"), project}).exitCode, 0);
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM transcripts")), 24);
        QCOMPARE(count(project, QStringLiteral("SELECT max(attempts) FROM cells")), 1); // every cell requested once
        QVERIFY(!QFile::exists(project + QStringLiteral(".lock")));
    }

    void readOnlyProjectRefusesWritesAndStillReads()
    {
        const QString dirPath = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dirPath));
        const QString project = newProject(QStringLiteral("ro/readonly.vrproj"));
        QVERIFY(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--max-turns"),
                     QStringLiteral("1")}).exitCode == 0);
        QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        // As root permissions do not bind, so the commands run as `nobody` (setpriv), who may read but not write.
        QStringList prefix;
        if (::geteuid() == 0) {
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
            QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
            prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), kCli};
        }
        const auto as = [&](const QStringList& args) {
            return prefix.isEmpty() ? cli(args) : runProcess(QStringLiteral("setpriv"), {}, cliEnvironment(), 120000, prefix + args);
        };
        const QByteArray before = [&] {
            QFile f(project);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const QStringList& write : {QStringList{QStringLiteral("summarize"), project}, QStringList{QStringLiteral("import"), project, m_scenarios},
                                         QStringList{QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:b")}}) {
            const ProcessResult r = as(write);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.stderrData.contains("is read-only") && r.stderrData.contains("Nothing was changed"), r.stderrData.constData());
        }
        const ProcessResult status = as({QStringLiteral("status"), project});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.stdoutData.contains("4 done"), status.stdoutData.constData());
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void damagedProjectIsRefusedByEveryCommand()
    {
        const QString project = newProject(QStringLiteral("garbled.vrproj"));
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b,mock:c"), QStringLiteral("--samples"),
                      QStringLiteral("20"), QStringLiteral("--max-turns"), QStringLiteral("1")}).exitCode, 0);
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8 * 4096, '\x5a'));
        f.close();
        f.open(QIODevice::ReadOnly);
        const QByteArray garbled = f.readAll();
        f.close();
        for (const QStringList& args : {QStringList{QStringLiteral("status"), project}, QStringList{QStringLiteral("summarize"), project},
                                        QStringList{QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a")},
                                        QStringList{QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("garbled.csv"))}}) {
            const ProcessResult r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.stderrData.contains("is damaged"), r.stderrData.constData());
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbled);
        QVERIFY(!QFile::exists(project + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("garbled.csv"))));
    }

    void analyzeBeforeSummarizeSaysWhatToDo()
    {
        const QString project = newProject(QStringLiteral("unsummarized.vrproj"));
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--max-turns"),
                      QStringLiteral("1"), QStringLiteral("--no-summarize")}).exitCode, 0);
        const ProcessResult r = cli({QStringLiteral("analyze"), project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrData.contains("valuerank summarize"), r.stderrData.constData());
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM analyses")), 0);
    }

    void statusSaysWhyCellsFailed()
    {
        const QString project = newProject(QStringLiteral("failing.vrproj"));
        const ProcessResult run = cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("gpt-4o,mock:a"), QStringLiteral("--max-turns"),
                                       QStringLiteral("1")});
        QCOMPARE(run.exitCode, 3);
        const ProcessResult status = cli({QStringLiteral("status"), project});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.stdoutData.contains("4 failed: MISSING_API_KEY for gpt-4o") && status.stdoutData.contains("set OPENAI_API_KEY"),
                 status.stdoutData.constData());
    }

    void exportOnAFullDiskFailsAndLeavesNoFile()
    {
        const QString project = newProject(QStringLiteral("fulldisk.vrproj"));
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b"), QStringLiteral("--samples"),
                      QStringLiteral("10"), QStringLiteral("--max-turns"), QStringLiteral("2")}).exitCode, 0);
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("jsonl")}) {
            const QString out = m_dir.filePath(QStringLiteral("full/out.") + format);
            QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("full"))));
            QProcess process;
            process.setProcessEnvironment(cliEnvironment());
            limitFileSize(process, 64 * 1024);
            process.start(kCli, {QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY(process.waitForFinished(60000));
            const QByteArray err = process.readAllStandardError();
            QCOMPARE(process.exitCode(), 2);
            QVERIFY2(err.contains("Cannot write") && !process.readAllStandardOutput().contains("Exported"), err.constData());
            QVERIFY(!QFile::exists(out));
            QCOMPARE(QDir(m_dir.filePath(QStringLiteral("full"))).entryList(QDir::Files | QDir::Hidden).size(), 0);
        }
    }

    void runOnAFullDiskStopsInWordsAndKeepsWhatWasSaved()
    {
        const QString project = newProject(QStringLiteral("fullrun.vrproj"));
        const QStringList runArgs{QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:f-a,mock:f-b,mock:f-c"),
                                  QStringLiteral("--samples"), QStringLiteral("20"), QStringLiteral("--max-turns"), QStringLiteral("2")};
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        limitFileSize(process, 256 * 1024); // the write-ahead log fills up part-way through the run
        process.start(kCli, runArgs);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.startsWith("valuerank: ") && !err.contains("Qt has caught an exception"), err.constData());
        QCOMPARE(rows(project, QStringLiteral("PRAGMA integrity_check")).value(0).value(0).toString(), QStringLiteral("ok"));
        const int saved = count(project, QStringLiteral("SELECT count(*) FROM transcripts"));
        QVERIFY2(saved > 0 && saved < 240, qPrintable(QString::number(saved)));
        // With room again, the same command finishes the rest and keeps what was saved.
        const ProcessResult rerun = cli(runArgs);
        QCOMPARE(rerun.exitCode, 0);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM transcripts")), 240);
    }

    void streamingRunThroughTheCli()
    {
        MockProviderServer provider;
        provider.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
        const QString project = newProject(QStringLiteral("stream.vrproj"));
        QProcessEnvironment env = goldenEnvironment(Json{{"OPENAI_API_KEY", "sk-test-openai-0123456789"}}, provider.port());
        const ProcessResult r = runProcess(kCli, {}, env, 120000,
                                           {QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("gpt-4o"), QStringLiteral("--max-turns"),
                                            QStringLiteral("2"), QStringLiteral("--stream")});
        QVERIFY2(r.exitCode == 0, r.stderrData.constData());
        QCOMPARE(provider.requestCount(), 8); // 4 scenarios × 2 turns
        for (const RecordedRequest& request : provider.requests()) QVERIFY(Json::parse(request.body.toStdString()).value("stream", false));
        const auto contents = rows(project, QStringLiteral("SELECT content FROM transcripts"));
        QCOMPARE(contents.size(), 4);
        for (const QVariantList& row : contents) {
            const Json t = Json::parse(row[0].toString().toStdString());
            QCOMPARE(t["turns"][0]["targetResponse"].get<std::string>(), CannedAnswer().text);
            QCOMPARE(t["turns"][0]["stopReason"].get<std::string>(), std::string("stop"));
        }
    }

    void analyzeAndPlanFromTheCommandLine()
    {
        const QString project = newProject(QStringLiteral("plan.vrproj"));
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a,mock:b,mock:c"), QStringLiteral("--samples"),
                      QStringLiteral("3"), QStringLiteral("--max-turns"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("summarize"), project}).exitCode, 0);
        ProcessResult r = cli({QStringLiteral("analyze"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json analysis = Json::parse(r.stdoutData.toStdString());
        QVERIFY(analysis["methodsUsed"]["repeats"] == "cell-mean"); // the CLI always analyses cell means
        QCOMPARE(analysis["pairedComparisons"].size(), std::size_t(3));
        QCOMPARE(analysis["perModel"]["mock:a"]["clustered"]["clusters"].get<int>(), 4);
        QVERIFY(analysis["detectableDifference"].contains("value"));
        r = cli({QStringLiteral("analyze"), project});
        QVERIFY(r.stdoutData.contains("Paired differences (first − second model, by scenario)"));
        QVERIFY(r.stdoutData.contains("group"));
        // Every analysed run is labelled with what it can detect.
        r = cli({QStringLiteral("status"), project});
        QVERIFY2(r.stdoutData.contains(QByteArray("analysed, detects differences of ")
                                           + QByteArray::number(analysis["detectableDifference"]["value"].get<double>(), 'f', 2)),
                 r.stdoutData.constData());

        r = cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json plan = Json::parse(r.stdoutData.toStdString());
        QCOMPARE(plan["curve"].size(), std::size_t(10));
        QCOMPARE(plan["models"].size(), std::size_t(3));
        QCOMPARE(plan["pilot"]["scenarios"].get<int>(), 4);
        QCOMPARE(plan["pilot"]["repeats"].get<double>(), 3.0);
        QVERIFY(plan["withinCellEstimated"].get<bool>());
        r = cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdoutData.contains("repeats  scenarios  calls per model"));
        // For one pair, which must be in the run.
        r = cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5"), QStringLiteral("--models"), QStringLiteral("mock:a,mock:b"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(Json::parse(r.stdoutData.toStdString())["pair"].size(), std::size_t(2));
        r = cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5"), QStringLiteral("--models"), QStringLiteral("mock:a,mock:zz")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.stderrData.contains("has no decisions of mock:zz"));
        QCOMPARE(cli({QStringLiteral("plan"), project}).exitCode, 1);                                                      // no --delta
        QCOMPARE(cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0")}).exitCode, 1);      // nothing to detect
        QCOMPARE(cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5"), QStringLiteral("--power"), QStringLiteral("1.5")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("plan"), project, QStringLiteral("--delta"), QStringLiteral("0.5"), QStringLiteral("--models"), QStringLiteral("mock:a")}).exitCode, 1);
    }

    // `valuerank expand` (docs/templates.md): a dry run changes nothing; expanding adds every combination; after an
    // edit (here rewritten as YAML), each combination that remains keeps its scenario id, so the run that used it
    // still refers to it; vanished ones go; a bad template changes nothing and says what and where.
    void expandKeepsEachCombinationsScenario()
    {
        const QString project = m_dir.filePath(QStringLiteral("expand.vrproj"));
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        const QString json = m_dir.filePath(QStringLiteral("study.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "study", "content": {"preamble": "Be honest.", "template": "A [Stakes] risk, [Certainty]. Rate 1-5.",
            "dimensions": [{"name": "Stakes", "levels": [{"score": 1, "label": "small"}, {"score": 2, "label": "large"}]},
                           {"name": "Certainty", "values": ["unsure", "sure"]}]}})");
        f.close();
        const QString expand = QStringLiteral("expand");
        ProcessResult r = cli({expand, project, json, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdoutData.contains("added    Stakes_2 / Certainty_1\n"), r.stdoutData.constData());
        QVERIFY(r.stdoutData.contains("Nothing was changed (--dry-run)."));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM scenarios")), 0);

        r = cli({expand, project, json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdoutData.contains("Template \"study\" (tag template:study, seed 0): 4 combinations; 4 added, 0 updated, 0 unchanged, 0 removed"),
                 r.stdoutData.constData());
        QCOMPARE(rows(project, QStringLiteral("SELECT prompt, preamble, dimensions, tags FROM scenarios WHERE name = 'Stakes_2 / Certainty_1'")),
                 (QList<QVariantList>{{QStringLiteral("A large risk, unsure. Rate 1-5."), QStringLiteral("Be honest."), QStringLiteral("{\"Stakes\":2,\"Certainty\":1}"),
                                       QStringLiteral("[\"template:study\"]")}}));
        const auto idOf = [&](const char* name) { return count(project, QStringLiteral("SELECT id FROM scenarios WHERE name = '%1'").arg(QLatin1String(name))); };
        const int kept = idOf("Stakes_2 / Certainty_1");
        const int vanishing = idOf("Stakes_1 / Certainty_1");
        QCOMPARE(cli({QStringLiteral("run"), project, QStringLiteral("--models"), QStringLiteral("mock:a"), QStringLiteral("--max-turns"), QStringLiteral("1"),
                      QStringLiteral("--no-summarize")})
                     .exitCode,
                 0);

        const QString yaml = m_dir.filePath(QStringLiteral("study.yaml"));
        QFile y(yaml);
        QVERIFY(y.open(QIODevice::WriteOnly));
        y.write("name: study\ncontent:\n  preamble: Be honest.\n  template: \"Now a [Stakes] risk, [Certainty]. Rate 1-5.\"\n  dimensions:\n"
                "    - name: Stakes\n      levels:\n        - {score: 2, label: large}\n        - {score: 3, label: huge}\n"
                "    - {name: Certainty, values: [unsure, sure]}\n");
        y.close();
        r = cli({expand, project, yaml});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdoutData.contains(QByteArray("updated  Stakes_2 / Certainty_1 (scenario ") + QByteArray::number(kept) + ")"), r.stdoutData.constData());
        QVERIFY(r.stdoutData.contains("added    Stakes_3 / Certainty_2\n"));
        QVERIFY(r.stdoutData.contains(QByteArray("removed  Stakes_1 / Certainty_1 (scenario ") + QByteArray::number(vanishing) + ")"));
        QVERIFY(r.stdoutData.contains("4 combinations; 2 added, 2 updated, 0 unchanged, 2 removed"));
        QCOMPARE(idOf("Stakes_2 / Certainty_1"), kept);
        QCOMPARE(rows(project, QStringLiteral("SELECT prompt FROM scenarios WHERE id = %1").arg(kept)),
                 (QList<QVariantList>{{QStringLiteral("Now a large risk, unsure. Rate 1-5.")}}));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM scenarios WHERE id = %1").arg(vanishing)), 0);
        // The run's kept scenarios are still the project's; its copy of the vanished one stays in the run.
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM run_scenarios rs JOIN scenarios s ON s.id = rs.scenario_id")), 2);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM run_scenarios")), 4);

        r = cli({expand, project, yaml});
        QVERIFY(r.stdoutData.contains("4 combinations; 0 added, 0 updated, 4 unchanged, 0 removed"));

        QVERIFY(y.open(QIODevice::WriteOnly));
        y.write("name: study\ncontent:\n  template: \"The [Stake] is [Certainty].\"\n  dimensions:\n    - {name: Stakes, values: [a]}\n"
                "    - {name: Certainty, values: [unsure, sure]}\n");
        y.close();
        r = cli({expand, project, yaml});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrData.contains("study.yaml: unknown placeholder [Stake] (line 1): the dimensions are Stakes, Certainty"), r.stderrData.constData());
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM scenarios")), 4);
        QCOMPARE(cli({expand, project, yaml, QStringLiteral("--seed"), QStringLiteral("-1")}).exitCode, 1);
        QCOMPARE(cli({expand, project}).exitCode, 1);
        QVERIFY(cli({QStringLiteral("--help")}).stdoutData.contains("valuerank expand FILE TEMPLATE.json|.yaml [--seed S] [--dry-run] [--keep-removed]"));
    }

    void exitStatuses()
    {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
        const ProcessResult help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.stdoutData.contains("Exit status:"));
        QCOMPARE(cli({QStringLiteral("status"), m_scenarios}).exitCode, 2); // a JSON file is not a project
        QCOMPARE(cli({QStringLiteral("run"), newProject(QStringLiteral("usage.vrproj"))}).exitCode, 1); // --models missing
        const QString project = newProject(QStringLiteral("budget.vrproj"));
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
