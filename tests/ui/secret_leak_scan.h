#pragma once
// Looks for secrets in files as they are on disk: every regular file under a folder, read whole, searched for
// each secret and for the distinctive tail of it (a key cut short or quoted differently is still a leak).
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace vr::test {

struct LeakScan {
    int filesRead = 0;
    QStringList leaks; // "file: secret tail" for every hit
};

inline QList<QByteArray> secretNeedles(const QList<QByteArray>& secrets)
{
    QList<QByteArray> needles;
    for (const QByteArray& s : secrets) needles << s << s.right(16);
    return needles;
}

inline LeakScan scanBytes(const QString& name, const QByteArray& bytes, const QList<QByteArray>& secrets, LeakScan scan = {})
{
    ++scan.filesRead;
    for (const QByteArray& needle : secretNeedles(secrets))
        if (bytes.contains(needle)) scan.leaks << name + QStringLiteral(": …") + QString::fromLatin1(needle.right(6));
    return scan;
}

inline LeakScan scanFile(const QString& path, const QList<QByteArray>& secrets, LeakScan scan = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        scan.leaks << path + QStringLiteral(": could not be read");
        return scan;
    }
    return scanBytes(path, file.readAll(), secrets, std::move(scan));
}

inline LeakScan scanTree(const QString& root, const QList<QByteArray>& secrets)
{
    LeakScan scan;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile()) scan = scanFile(path, secrets, std::move(scan));
    }
    return scan;
}

} // namespace vr::test
