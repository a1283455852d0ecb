#pragma once
// One SQLite file per project through Qt Sql: WAL, foreign keys on, PRAGMA user_version with migrations, an
// application id that tells a project from any other SQLite file, and every write in a transaction.
#include "project/project_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace vr::project {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want the empty string instead.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

class ProjectDatabase {
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr int kApplicationId = 0x56524B50; // "VRKP"

    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Throws ProjectError: "is not a ValueRank project", "was written by a newer version" (the file is left
    // untouched in both cases), or the SQLite error.
    ProjectDatabase(const QString& path, OpenMode mode);
    ~ProjectDatabase();
    ProjectDatabase(const ProjectDatabase&) = delete;
    ProjectDatabase& operator=(const ProjectDatabase&) = delete;

    const QString& path() const { return m_path; }
    QSqlDatabase database() const;

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws.
    void transaction(const std::function<void()>& work);
    // Prepares and runs a statement with positional bindings; throws ProjectError on failure.
    QSqlQuery run(const QString& sql, const QVariantList& bindings = {});
    int userVersion();

    // The statements that take schema version N to N + 1 (index N − 1 for N ≥ 1; index 0 creates version 1).
    static const std::vector<QStringList>& migrations();

private:
    void checkReadOnly(); // inspects an existing file without changing a byte of it
    void migrate();

    QString m_path;
    QString m_connection;
    int m_transactionDepth = 0;
};

} // namespace vr::project
