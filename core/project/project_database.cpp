#include "project/project_database.h"

#include "project/private_file_writer.h"
#include "project/project_writer_lock.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace vr::project {
namespace {

// How to read a project without writing anything. A WAL project needs its -shm index; when the folder cannot
// take one (a read-only share, another user's folder) and the project was closed cleanly (no -wal), SQLite is told
// the file is immutable, which reads it with no index at all.
void configureForReading(QSqlDatabase& db, const QString& path)
{
    const bool canCreateIndex = QFileInfo(QFileInfo(path).absolutePath()).isWritable() || QFileInfo::exists(path + QStringLiteral("-shm"));
    if (canCreateIndex || QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        return;
    }
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

QString sqlError(const QSqlError& e)
{
    return e.text().isEmpty() ? QStringLiteral("unknown database error") : e.text();
}

[[noreturn]] void fail(const QString& message)
{
    throw ProjectError(message.toStdString());
}

} // namespace

const std::vector<QStringList>& ProjectDatabase::migrations()
{
    static const std::vector<QStringList> steps{
        // → 1: the data model of design.md.
        {
            "CREATE TABLE scenarios(id INTEGER PRIMARY KEY, position INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL,"
            " preamble TEXT NOT NULL DEFAULT '', prompt TEXT NOT NULL DEFAULT '', followups TEXT NOT NULL DEFAULT '[]',"
            " dimensions TEXT NOT NULL DEFAULT '{}', tags TEXT NOT NULL DEFAULT '[]', updated_at TEXT)",
            "CREATE TABLE models(id INTEGER PRIMARY KEY, model_id TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '',"
            " cost_input REAL, cost_output REAL, enabled INTEGER NOT NULL DEFAULT 1, max_concurrency INTEGER NOT NULL DEFAULT 8)",
            "CREATE TABLE runs(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, config TEXT NOT NULL)",
            "CREATE TABLE run_scenarios(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, idx INTEGER NOT NULL,"
            " scenario_id INTEGER, frozen TEXT NOT NULL, PRIMARY KEY(run_id, idx))",
            "CREATE TABLE run_models(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, idx INTEGER NOT NULL,"
            " model_id TEXT NOT NULL, frozen TEXT NOT NULL, PRIMARY KEY(run_id, idx))",
            "CREATE TABLE cells(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            " scenario_idx INTEGER NOT NULL, model_idx INTEGER NOT NULL, sample INTEGER NOT NULL, cache_key TEXT NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, error_code TEXT, error_message TEXT,"
            " UNIQUE(run_id, cache_key))",
            "CREATE INDEX cells_by_run ON cells(run_id, state)",
            "CREATE TABLE transcripts(id INTEGER PRIMARY KEY, cell_id INTEGER NOT NULL UNIQUE REFERENCES cells(id) ON DELETE CASCADE,"
            " content TEXT NOT NULL, input_tokens INTEGER, output_tokens INTEGER, cost REAL, model_version TEXT,"
            " started_at TEXT, completed_at TEXT)",
            "CREATE TABLE summaries(id INTEGER PRIMARY KEY, transcript_id INTEGER NOT NULL UNIQUE REFERENCES transcripts(id)"
            " ON DELETE CASCADE, decision_code TEXT NOT NULL, decision_text TEXT, metadata TEXT, summarized_at TEXT NOT NULL)",
            "CREATE TABLE analyses(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            " created_at TEXT NOT NULL, output TEXT NOT NULL)",
        },
        // → 2: manual decision overrides kept apart from parsed codes; when a cell last changed; analysis filters.
        {
            "ALTER TABLE summaries ADD COLUMN override_code TEXT",
            "ALTER TABLE summaries ADD COLUMN override_note TEXT",
            "ALTER TABLE cells ADD COLUMN updated_at TEXT",
            "ALTER TABLE analyses ADD COLUMN filter TEXT NOT NULL DEFAULT '{}'",
        },
        // → 3: per-model request parameters in the catalog (temperature, token-limit parameter, seed).
        {
            "ALTER TABLE models ADD COLUMN parameters TEXT NOT NULL DEFAULT '{}'",
        },
        // → 4: what each stored analysis was computed from (RunRepository::decisionsFingerprint); NULL before.
        {
            "ALTER TABLE analyses ADD COLUMN inputs TEXT",
        },
        // → 5: full-text search over what was asked, answered and explained (FTS5, kept in sync by triggers).
        {
            "CREATE VIRTUAL TABLE transcript_text USING fts5(prompt, answer, explanation, tokenize = 'unicode61 remove_diacritics 2')",
            "CREATE TRIGGER transcript_text_add AFTER INSERT ON transcripts BEGIN"
            " INSERT INTO transcript_text(rowid, prompt, answer, explanation) VALUES(new.id,"
            " (SELECT coalesce(group_concat(json_extract(value, '$.probePrompt'), char(10)), '') FROM json_each(new.content, '$.turns')),"
            " (SELECT coalesce(group_concat(json_extract(value, '$.targetResponse'), char(10)), '') FROM json_each(new.content, '$.turns')), ''); END",
            "CREATE TRIGGER transcript_text_remove AFTER DELETE ON transcripts BEGIN DELETE FROM transcript_text WHERE rowid = old.id; END",
            "CREATE TRIGGER transcript_text_explained AFTER INSERT ON summaries BEGIN"
            " UPDATE transcript_text SET explanation = coalesce(new.decision_text, '') WHERE rowid = new.transcript_id; END",
            "CREATE TRIGGER transcript_text_reexplained AFTER UPDATE OF decision_text ON summaries BEGIN"
            " UPDATE transcript_text SET explanation = coalesce(new.decision_text, '') WHERE rowid = new.transcript_id; END",
            "CREATE TRIGGER transcript_text_unexplained AFTER DELETE ON summaries BEGIN"
            " UPDATE transcript_text SET explanation = '' WHERE rowid = old.transcript_id; END",
            "INSERT INTO transcript_text(rowid, prompt, answer, explanation) SELECT t.id,"
            " (SELECT coalesce(group_concat(json_extract(value, '$.probePrompt'), char(10)), '') FROM json_each(t.content, '$.turns')),"
            " (SELECT coalesce(group_concat(json_extract(value, '$.targetResponse'), char(10)), '') FROM json_each(t.content, '$.turns')), coalesce(s.decision_text, '')"
            " FROM transcripts t LEFT JOIN summaries s ON s.transcript_id = t.id",
        },
        // → 6: a scenario's declared options and scale (JSON {optionA, optionB, scaleLabels}; NULL: free text only).
        {
            "ALTER TABLE scenarios ADD COLUMN options TEXT",
        },
    };
    return steps;
}

ProjectDatabase::ProjectDatabase(const QString& path, OpenMode mode) : m_path(path)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile()) fail(QStringLiteral("%1 is not a file").arg(path));
    if (mode == OpenMode::CreateNew) {
        if (exists && info.size() > 0) fail(QStringLiteral("%1 already exists").arg(path));
    } else {
        if (!exists) fail(QStringLiteral("%1 does not exist").arg(path));
        if (info.size() == 0)
            fail(QStringLiteral("%1 is empty: it is not a ValueRank project (create one with \"valuerank init\" or File → New).").arg(path));
    }
    // Files that were there before this open; whatever else a failed open leaves (-wal, -shm) is removed.
    const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    try {
        if (mode == OpenMode::CreateNew) {
            // Projects hold transcripts: the file is the user's alone (SQLite gives -wal and -shm the same mode).
            PrivateFileWriter::writeAll(path, {});
        } else {
            checkExisting();
        }
        if (mode == OpenMode::ReadOnly) {
            m_readOnly = true;
            m_readOnlyReason = QStringLiteral("opened read-only");
        } else if (!QFileInfo(path).isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            m_readOnly = true;
            m_readOnlyReason = QFileInfo(path).isWritable() ? QStringLiteral("its folder is not writable") : QStringLiteral("the file is not writable");
        } else {
            m_writerLock = ProjectWriterLock::acquire(path);
        }
        openConnection();
    } catch (...) {
        closeConnection();
        if (!hadWal) QFile::remove(path + QStringLiteral("-wal"));
        if (!hadShm) QFile::remove(path + QStringLiteral("-shm"));
        if (mode == OpenMode::CreateNew && !exists) QFile::remove(path);
        throw;
    }
}

void ProjectDatabase::openConnection()
{
    m_connection = QStringLiteral("vr-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (m_readOnly) {
        configureForReading(db, m_path);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) fail(QStringLiteral("Cannot open %1: %2").arg(m_path, sqlError(db.lastError())));
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly) {
        if (userVersion() != kSchemaVersion)
            fail(QStringLiteral("%1 was made by an older version and must be upgraded before use, but it is read-only (%2).")
                     .arg(m_path, m_readOnlyReason));
        return;
    }
    run(QStringLiteral("PRAGMA journal_mode = WAL"));
    run(QStringLiteral("PRAGMA synchronous = NORMAL"));
    migrate();
}

ProjectDatabase::~ProjectDatabase()
{
    closeConnection();
}

void ProjectDatabase::closeConnection()
{
    if (m_connection.isEmpty()) return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ProjectDatabase::checkExisting()
{
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) fail(QStringLiteral("Cannot read %1: %2").arg(m_path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            fail(QStringLiteral("%1 is not a ValueRank project (it is not an SQLite database)").arg(m_path));
    }
    const QString connection = QStringLiteral("vr-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        configureForReading(db, m_path);
        if (!db.open()) {
            problem = QStringLiteral("Cannot open %1: %2").arg(m_path, sqlError(db.lastError()));
        } else {
            QSqlQuery q(db);
            const auto scalar = [&](const QString& sql) -> QVariant {
                if (!q.exec(sql) || !q.next()) return {};
                return q.value(0);
            };
            const QVariant tablesValue = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            const int appId = scalar(QStringLiteral("PRAGMA application_id")).toInt();
            const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
            const int tables = tablesValue.toInt();
            const QString readError = sqlError(q.lastError());
            const bool malformed = readError.contains(QStringLiteral("malformed")) || readError.contains(QStringLiteral("not a database"));
            if (!tablesValue.isValid() && malformed)
                problem = QStringLiteral("%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.").arg(m_path, readError);
            else if (!tablesValue.isValid())
                problem = QStringLiteral("Cannot read %1: %2").arg(m_path, readError);
            else if (appId != kApplicationId)
                problem = QStringLiteral("%1 is not a ValueRank project (%2)")
                              .arg(m_path, tables > 0 ? QStringLiteral("an SQLite database of another program") : QStringLiteral("an empty SQLite database"));
            else if (version > kSchemaVersion)
                problem = QStringLiteral("%1 was written by a newer version of ValueRank (project schema %2; this version reads up to %3). "
                                         "It was not changed.")
                              .arg(m_path)
                              .arg(version)
                              .arg(kSchemaVersion);
            else {
                // Every page and index checked: a damaged project is refused before anything reads or writes it.
                QStringList findings;
                if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) findings << sqlError(q.lastError());
                while (q.next()) findings << q.value(0).toString();
                if (findings != QStringList{QStringLiteral("ok")})
                    problem = QStringLiteral("%1 is damaged (%2). It was not changed and will not be used; restore it from a backup.")
                                  .arg(m_path, findings.join(QStringLiteral("; ")).left(300));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!problem.isEmpty()) fail(problem);
}

void ProjectDatabase::requireWritable() const
{
    if (m_readOnly)
        fail(QStringLiteral("%1 is read-only (%2): the change was not saved.").arg(m_path, m_readOnlyReason));
}

void ProjectDatabase::migrate()
{
    const int current = userVersion();
    if (current == kSchemaVersion) return;
    transaction([&] {
        if (current == 0) run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        for (int version = current; version < kSchemaVersion; ++version)
            for (const QString& statement : migrations()[static_cast<size_t>(version)]) run(statement);
        run(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    });
}

QSqlDatabase ProjectDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int ProjectDatabase::userVersion()
{
    QSqlQuery q = run(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void ProjectDatabase::transaction(const std::function<void()>& work)
{
    requireWritable();
    QSqlDatabase db = database();
    const bool outermost = m_transactionDepth == 0;
    if (outermost && !db.transaction()) fail(QStringLiteral("Cannot start a transaction: %1").arg(sqlError(db.lastError())));
    ++m_transactionDepth;
    try {
        work();
    } catch (...) {
        --m_transactionDepth;
        if (outermost) db.rollback();
        throw;
    }
    --m_transactionDepth;
    if (outermost && !db.commit()) {
        const QString error = sqlError(db.lastError());
        db.rollback();
        fail(QStringLiteral("Cannot save to %1: %2").arg(m_path, error));
    }
}

QSqlQuery ProjectDatabase::run(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) fail(QStringLiteral("%1 (%2)").arg(sqlError(q.lastError()), sql.left(80)));
    for (const QVariant& v : bindings) q.addBindValue(v);
    if (!q.exec()) fail(QStringLiteral("%1 (%2)").arg(sqlError(q.lastError()), sql.left(80)));
    return q;
}

} // namespace vr::project
