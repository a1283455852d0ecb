// Projects under faults: an empty or damaged file is refused and left exactly as it was (no -wal/-shm behind),
// a read-only open never writes, new projects are private (0600), and an export on a full disk leaves no file.
#include "project/private_file_writer.h"
#include "project/project.h"
#include "project/project_writer_lock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace vr::project;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Scenario scenario(const QString& name)
{
    Scenario s;
    s.name = name;
    s.prompt = QStringLiteral("Option A or option B? %1 Rate 1-5.").arg(QString(400, QLatin1Char('x')));
    return s;
}

QString errorOf(const std::function<void()>& work)
{
    try {
        work();
    } catch (const ProjectError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class ProjectSafetyTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool leftovers(const QString& file) const
    {
        return QFile::exists(file + QStringLiteral("-wal")) || QFile::exists(file + QStringLiteral("-shm"));
    }

    // A closed project with enough scenarios to span many pages.
    QString makeProject(const QString& name, int scenarios = 200)
    {
        const QString file = path(name);
        Project p(file, ProjectDatabase::OpenMode::CreateNew);
        QList<Scenario> list;
        for (int i = 0; i < scenarios; ++i) list << scenario(QStringLiteral("Dilemma %1").arg(i));
        p.scenarios().addAll(list);
        return file;
    }

private slots:
    void emptyFileIsNeverTurnedIntoAProject()
    {
        const QString file = path("empty.vrproj");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (auto mode : {ProjectDatabase::OpenMode::OpenExisting, ProjectDatabase::OpenMode::ReadOnly}) {
            const QString error = errorOf([&] { Project p(file, mode); });
            QVERIFY2(error.contains(QStringLiteral("is empty")), qPrintable(error));
            QCOMPARE(QFileInfo(file).size(), 0);
            QVERIFY(!leftovers(file));
        }
        // `init` (CreateNew) may use an empty file; a non-empty one is never replaced.
        { Project created(file, ProjectDatabase::OpenMode::CreateNew); }
        QVERIFY(QFileInfo(file).size() > 0);
        const QString again = errorOf([&] { Project p(file, ProjectDatabase::OpenMode::CreateNew); });
        QVERIFY2(again.contains(QStringLiteral("already exists")), qPrintable(again));
    }

    void damagedProjectIsRefusedAndUntouched()
    {
        const QString file = makeProject("damaged.vrproj");
        QVERIFY(!leftovers(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        // Garble a stretch of b-tree pages in the middle, as a bad disk or a half-copied file would.
        f.seek(size / 2);
        f.write(QByteArray(3 * 4096, '\x5a'));
        f.close();
        const QByteArray before = fileHash(file);
        for (auto mode : {ProjectDatabase::OpenMode::OpenExisting, ProjectDatabase::OpenMode::ReadOnly}) {
            const QString error = errorOf([&] { Project p(file, mode); });
            QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("backup")), qPrintable(error));
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY(!leftovers(file));
        QVERIFY(!QFile::exists(ProjectWriterLock::lockPath(file)));
    }

    void newProjectsArePrivate()
    {
        const QString file = makeProject("private.vrproj", 1);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void readOnlyOpenNeverWrites()
    {
        const QString file = makeProject("readonly.vrproj", 3);
        const QByteArray before = fileHash(file);
        {
            Project p(file, ProjectDatabase::OpenMode::ReadOnly);
            QVERIFY(p.isReadOnly());
            QCOMPARE(p.scenarios().list().size(), 3);
            const QString error = errorOf([&] { p.scenarios().add(scenario(QStringLiteral("New"))); });
            QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
            QVERIFY(!QFile::exists(ProjectWriterLock::lockPath(file))); // a reader takes no writer lock
        }
        QCOMPARE(fileHash(file), before);
    }

    void writerLockIsHeldWhileOpenAndSharedInOneProcess()
    {
        const QString file = makeProject("locked.vrproj", 1);
        {
            Project first(file);
            QVERIFY(QFile::exists(ProjectWriterLock::lockPath(file)));
            Project second(file); // the same process: the one lock is shared
            second.scenarios().add(scenario(QStringLiteral("B")));
            QCOMPARE(first.scenarios().list().size(), 2);
        }
        QVERIFY(!QFile::exists(ProjectWriterLock::lockPath(file)));
    }

    void exportOnAFullDiskLeavesNoFile()
    {
        // A file-size limit makes the disk "full" at 64 KiB for this process (SIGXFSZ ignored: the write fails).
        const QString target = path("export/full.csv");
        QVERIFY(QDir().mkpath(path("export")));
        rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QString error = errorOf([&] {
            PrivateFileWriter writer(target);
            for (int i = 0; i < 100; ++i) writer.write(QByteArray(4096, 'r'));
            writer.commit();
        });
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY2(error.contains(QStringLiteral("Cannot write")) && error.contains(target), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(path("export")).entryList(QDir::Files | QDir::Hidden).size(), 0); // no temporary file either
        // The same writer succeeds with room to spare, and the file is private.
        PrivateFileWriter::writeAll(target, QByteArray(100, 'x'));
        QCOMPARE(QFileInfo(target).size(), 100);
        QCOMPARE(QFile::permissions(target) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(ProjectSafetyTest)
#include "tst_project_safety.moc"
