#pragma once
// One SQLite file per project through Qt Sql: WAL, foreign keys on, PRAGMA user_version with migrations, an
// application id that tells a project from any other SQLite file, and every write in a transaction.
#include "project/project_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace vr::project {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want the empty string instead.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

class ProjectDatabase {
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kApplicationId = 0x56524B50; // "VRKP"

    // OpenExisting: a project that exists, read-write (read-only when the file or its folder is not writable).
    // CreateNew: a new project at a path that is free or an empty file (only `init` and "New project" do this).
    // ReadOnly: an existing project, never written, no writer lock taken (status, export, a locked project).
    enum class OpenMode { OpenExisting, CreateNew, ReadOnly };

    // Throws ProjectError: "is not a ValueRank project", "is empty", "is damaged" (PRAGMA quick_check),
    // "was written by a newer version" (the file is left untouched in each case, with no -wal/-shm left behind),
    // ProjectLockedError when another process writes the project, or the SQLite error.
    ProjectDatabase(const QString& path, OpenMode mode);
    ~ProjectDatabase();
    ProjectDatabase(const ProjectDatabase&) = delete;
    ProjectDatabase& operator=(const ProjectDatabase&) = delete;

    const QString& path() const { return m_path; }
    // Opened read-only (asked for, or the file or folder is not writable): every write throws ProjectError.
    bool isReadOnly() const { return m_readOnly; }
    // Why the project is read-only, in words for the user ("" when it is writable).
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    QSqlDatabase database() const;

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws.
    void transaction(const std::function<void()>& work);
    // Prepares and runs a statement with positional bindings; throws ProjectError on failure.
    QSqlQuery run(const QString& sql, const QVariantList& bindings = {});
    int userVersion();

    // The statements that take schema version N to N + 1 (index N − 1 for N ≥ 1; index 0 creates version 1).
    static const std::vector<QStringList>& migrations();

private:
    void checkExisting(); // inspects an existing file without changing a byte of it
    void openConnection();
    void closeConnection(); // the destructor's, and a failed open's, cleanup
    void migrate();
    void requireWritable() const;

    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::shared_ptr<class ProjectWriterLock> m_writerLock;
    QString m_connection;
    int m_transactionDepth = 0;
};

} // namespace vr::project
