// The project file: create, edit, migrate from an older schema, refuse newer schemas and foreign files without
// touching them, keep manual overrides apart from parsed codes, and stay consistent (integrity_check).
#include "project/project.h"
#include "project/scenario_io.h"
#include "project/transcript_search.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::project;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Scenario scenario(const QString& name, double severity = 3)
{
    Scenario s;
    s.name = name;
    s.preamble = QStringLiteral("You are careful.");
    s.prompt = QStringLiteral("Option A or B for %1? Rate 1-5.").arg(name);
    s.followups = {{QStringLiteral("why"), QStringLiteral("Why?")}};
    s.dimensions = {{QStringLiteral("severity"), severity}};
    s.tags = {QStringLiteral("health")};
    return s;
}

// Runs SQL on a file through its own connection (as another program would).
QVariant scalar(const QString& path, const QString& sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next()) v = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return v;
}

} // namespace

class ProjectStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void scenariosAndModels()
    {
        const QString file = path("edit.vrproj");
        {
            Project p(file, ProjectDatabase::OpenMode::CreateNew);
            const qint64 a = p.scenarios().add(scenario("A", 1));
            const qint64 b = p.scenarios().add(scenario("B", 2.5));
            Scenario edited = *p.scenarios().find(a);
            edited.prompt = QStringLiteral("Changed?");
            edited.followups.append({QStringLiteral("sure"), QStringLiteral("Sure?")});
            p.scenarios().update(edited);
            p.scenarios().reorder({b, a});
            ModelEntry m;
            m.modelId = QStringLiteral("mock:a");
            m.costInputPerMillion = 1.5;
            m.costOutputPerMillion = 3;
            p.models().add(m);
            QVERIFY_THROWS_EXCEPTION(ProjectError, p.models().add(m));
        }
        Project reopened(file);
        const QList<Scenario> list = reopened.scenarios().list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, QStringLiteral("B"));
        QCOMPARE(list[0].dimensions.value(0).second, 2.5);
        QCOMPARE(list[1].prompt, QStringLiteral("Changed?"));
        QCOMPARE(list[1].followups.size(), 2);
        QCOMPARE(list[1].tags, QStringList{QStringLiteral("health")});
        QCOMPARE(*reopened.models().findByModelId(QStringLiteral("mock:a"))->costInputPerMillion, 1.5);
        QVERIFY(!reopened.models().entryFor(QStringLiteral("mock:z")).hasPrice());
        reopened.scenarios().remove(list[0].id);
        QCOMPARE(reopened.scenarios().list().size(), 1);
    }

    void runsFreezeWhatTheyUsed()
    {
        Project p(path("runs.vrproj"), ProjectDatabase::OpenMode::CreateNew);
        p.scenarios().addAll({scenario("A"), scenario("B")});
        ModelEntry m;
        m.modelId = QStringLiteral("mock:a");
        RunConfig config;
        config.samples = 3;
        const qint64 run = p.runs().create(config, p.scenarios().list(), {m, p.models().entryFor(QStringLiteral("mock:b"))});
        QCOMPARE(p.runs().cells(run).size(), 2 * 2 * 3);
        // Editing the scenario afterwards does not change the run's copy.
        Scenario a = p.scenarios().list()[0];
        a.prompt = QStringLiteral("Edited later");
        p.scenarios().update(a);
        QCOMPARE(p.runs().scenarios(run)[0].prompt, QStringLiteral("Option A or B for A? Rate 1-5."));
        // Samples are distinct cells, each with its own cache key.
        QCOMPARE(scalar(p.path(), QStringLiteral("SELECT count(DISTINCT cache_key) FROM cells")).toInt(), 12);
    }

    void answersCutAtTheTokenLimitAreFound()
    {
        Project p(path("cut.vrproj"), ProjectDatabase::OpenMode::CreateNew);
        p.scenarios().addAll({scenario("A"), scenario("B")});
        const qint64 run = p.runs().create(RunConfig{}, p.scenarios().list(), {p.models().entryFor(QStringLiteral("mock:a"))});
        const auto cells = p.runs().cells(run);
        const auto turn = [](const char* stop) { return Json{{"targetResponse", "I choose"}, {"stopReason", stop}}; };
        p.runs().complete(cells[0].id, Json{{"turns", Json::array({turn("stop"), turn("length")})}}, 0);
        p.runs().complete(cells[1].id, Json{{"turns", Json::array({turn("stop")})}}, 0);
        QCOMPARE(p.runs().truncatedTranscripts(run), 1);
        const auto rows = p.runs().transcripts(run);
        QVERIFY(rows[0].cutAtTokenLimit);
        QVERIFY(!rows[1].cutAtTokenLimit);
    }

    void overridesStayApartFromParsedCodes()
    {
        Project p(path("override.vrproj"), ProjectDatabase::OpenMode::CreateNew);
        p.scenarios().add(scenario("A"));
        const qint64 run = p.runs().create(RunConfig{}, p.scenarios().list(), {p.models().entryFor(QStringLiteral("mock:a"))});
        const qint64 cell = p.runs().cells(run)[0].id;
        const qint64 transcript = p.runs().complete(cell, Json{{"turns", Json::array()}, {"totalInputTokens", 5}}, 0.25);
        p.runs().storeSummary(transcript, QStringLiteral("2"), QStringLiteral("why"), Json{{"method", "explicit_statement"}});
        p.runs().setOverride(transcript, QStringLiteral("4"), QStringLiteral("the model said 4 in turn 2"));
        p.runs().storeSummary(transcript, QStringLiteral("3"), QStringLiteral("again"), Json::object()); // summarize again
        TranscriptRow row = p.runs().transcripts(run)[0];
        QCOMPARE(*row.decisionCode, QStringLiteral("3"));
        QCOMPARE(*row.overrideCode, QStringLiteral("4"));
        QCOMPARE(*row.effectiveCode(), QStringLiteral("4"));
        p.runs().setOverride(transcript, std::nullopt);
        row = p.runs().transcripts(run)[0];
        QVERIFY(!row.overrideCode);
        QCOMPARE(*row.effectiveCode(), QStringLiteral("3"));
        QCOMPARE(p.runs().summary(run)->cost, 0.25);
    }

    void migratesFromSchemaOne()
    {
        const QString file = path("v1.vrproj");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProjectDatabase::kApplicationId)));
            for (const QString& statement : ProjectDatabase::migrations()[0]) QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scenarios(name, prompt) VALUES('Old', 'An old prompt?')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO runs(name, created_at, config) VALUES('r', '2025-01-01', '{}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cells(run_id, scenario_idx, model_idx, sample, cache_key, state) VALUES(1, 0, 0, 0, 'k', 'done')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO run_scenarios(run_id, idx, scenario_id, frozen) VALUES(1, 0, 1, '{\"name\": \"Old\"}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO run_models(run_id, idx, model_id, frozen) VALUES(1, 0, 'mock:old', '{}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO transcripts(cell_id, content) VALUES(1, '{\"turns\": [{\"probePrompt\": \"Keep the lighthouse?\","
                                          " \"targetResponse\": \"The Lighthouse keeper stays: 5\"}]}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO summaries(transcript_id, decision_code, summarized_at) VALUES(1, '5', 'x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Project p(file);
        QCOMPARE(p.database().userVersion(), ProjectDatabase::kSchemaVersion);
        QCOMPARE(p.scenarios().list().value(0).name, QStringLiteral("Old"));
        p.runs().setOverride(1, QStringLiteral("1")); // a column version 2 added
        const TranscriptRow row = p.runs().transcripts(1).value(0);
        QCOMPARE(*row.decisionCode, QStringLiteral("5"));
        QCOMPARE(*row.overrideCode, QStringLiteral("1"));
        // Transcripts stored before search existed are found (the migration indexes them; case does not matter).
        const QList<TranscriptHit> hits = searchTranscripts(p.database(), {QStringLiteral("LIGHTHOUSE keeper")});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].scenario, QStringLiteral("Old"));
        QCOMPARE(hits[0].field, QStringLiteral("answer"));
        QCOMPARE(hits[0].decision, std::optional<QString>(QStringLiteral("1"))); // the override counts
        QVERIFY(hits[0].snippet.contains(QString(kMatchStart) + QStringLiteral("Lighthouse") + kMatchEnd));
    }

    void searchStaysInSyncWithTranscriptsAndExplanations()
    {
        Project p(path("search.vrproj"), ProjectDatabase::OpenMode::CreateNew);
        p.scenarios().add(scenario("Bridge"));
        project::RunConfig config;
        const qint64 run = p.runs().create(config, p.scenarios().list(), {p.models().entryFor(QStringLiteral("mock:a"))});
        const CellRecord cell = p.runs().cells(run).first();
        const Json transcript = {{"turns", Json::array({{{"probePrompt", "Build the bridge?"}, {"targetResponse", "Café owners would lose trade; 2"}}})}};
        const qint64 first = p.runs().complete(cell.id, transcript, 0.0);
        QCOMPARE(searchTranscripts(p.database(), {QStringLiteral("cafe")}).size(), 1); // accents folded
        QVERIFY(searchTranscripts(p.database(), {QStringLiteral("ferry")}).isEmpty());
        p.runs().storeSummary(first, QStringLiteral("2"), QStringLiteral("Worried about the ferry crossing"), Json::object());
        const QList<TranscriptHit> explained = searchTranscripts(p.database(), {QStringLiteral("ferry")});
        QCOMPARE(explained.size(), 1);
        QCOMPARE(explained[0].field, QStringLiteral("explanation"));
        // Running the cell again replaces its transcript: the old words go, the new ones are found.
        const qint64 second = p.runs().complete(cell.id, {{"turns", Json::array({{{"probePrompt", "Build the bridge?"}, {"targetResponse", "Tolls pay for it; 4"}}})}}, 0.0);
        QVERIFY(searchTranscripts(p.database(), {QStringLiteral("cafe")}).isEmpty());
        QCOMPARE(searchTranscripts(p.database(), {QStringLiteral("tolls")}).value(0).transcriptId, second);
        // What people type is text, never query syntax.
        for (const QString& typed : {QStringLiteral("\"unbalanced"), QStringLiteral("AND OR NOT ("), QStringLiteral("toll*"), QStringLiteral("-tolls"), QStringLiteral("")})
            searchTranscripts(p.database(), {typed}); // no throw
        QCOMPARE(ftsQueryFor(QStringLiteral("tolls \"pay for\" it's")), QStringLiteral("\"tolls\" \"pay for\" \"it's\""));
        QVERIFY(ftsQueryFor(QStringLiteral("  * ( ) ")).isEmpty());
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString file = path("newer.vrproj");
        {
            Project p(file, ProjectDatabase::OpenMode::CreateNew);
            p.scenarios().add(scenario("A"));
            p.database().run(QStringLiteral("PRAGMA user_version = %1").arg(ProjectDatabase::kSchemaVersion + 1));
            p.database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(file);
        try {
            Project p(file);
            QFAIL("a newer schema was opened");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("newer version")), e.what());
        }
        QCOMPARE(fileHash(file), before);
    }

    void refusesFilesThatAreNotProjects()
    {
        const QString text = path("notes.txt");
        {
            QFile f(text);
            f.open(QIODevice::WriteOnly);
            f.write("just some notes, not a database\n");
        }
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project{text});
        const QString other = path("other.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(other);
        try {
            Project p(other);
            QFAIL("another program's database was opened");
        } catch (const ProjectError& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("not a ValueRank project")));
        }
        QCOMPARE(fileHash(other), before);
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project{path("missing.vrproj")});
    }

    void staysConsistent()
    {
        const QString file = path("runs.vrproj");
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "tst_project_store.moc"
