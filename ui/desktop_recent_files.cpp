#include "desktop_recent_files.h"

#include "project/private_file_writer.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace vr::ui {
namespace {

const QString kMimeType = QStringLiteral("application/x-valuerank-project");
const QString kApplication = QStringLiteral("ValueRank Workbench");
const QString kBookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QDomElement child(QDomElement parent, const QString& tag)
{
    QDomElement e = parent.firstChildElement(tag);
    if (e.isNull()) e = parent.appendChild(parent.ownerDocument().createElement(tag)).toElement();
    return e;
}

} // namespace

QString desktopRecentFilesPath()
{
    // $XDG_DATA_HOME, else ~/.local/share (a private folder under QStandardPaths' test mode).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/recently-used.xbel");
}

bool addToDesktopRecentFiles(const QString& projectPath, const QDateTime& when)
{
    const QString listPath = desktopRecentFilesPath();
    QDomDocument doc;
    QFile file(listPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly) || !doc.setContent(&file) || doc.documentElement().tagName() != QLatin1String("xbel"))
            return false; // someone else's list that we cannot read: never overwritten
        file.close();
    } else {
        doc.appendChild(doc.createProcessingInstruction(QStringLiteral("xml"), QStringLiteral("version=\"1.0\" encoding=\"UTF-8\"")));
        QDomElement root = doc.createElement(QStringLiteral("xbel"));
        root.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        root.setAttribute(QStringLiteral("xmlns:bookmark"), kBookmarkNs);
        root.setAttribute(QStringLiteral("xmlns:mime"), kMimeNs);
        doc.appendChild(root);
    }
    QDomElement root = doc.documentElement();
    const QString href = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(projectPath).absoluteFilePath()).toEncoded());
    const QString stamp = when.toUTC().toString(Qt::ISODateWithMs);
    QDomElement bookmark;
    for (QDomElement b = root.firstChildElement(QStringLiteral("bookmark")); !b.isNull(); b = b.nextSiblingElement(QStringLiteral("bookmark")))
        if (b.attribute(QStringLiteral("href")) == href) bookmark = b;
    if (bookmark.isNull()) {
        bookmark = root.appendChild(doc.createElement(QStringLiteral("bookmark"))).toElement();
        bookmark.setAttribute(QStringLiteral("href"), href);
        bookmark.setAttribute(QStringLiteral("added"), stamp);
    }
    bookmark.setAttribute(QStringLiteral("modified"), stamp);
    bookmark.setAttribute(QStringLiteral("visited"), stamp);
    QDomElement metadata = child(child(bookmark, QStringLiteral("info")), QStringLiteral("metadata"));
    metadata.setAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    child(metadata, QStringLiteral("mime:mime-type")).setAttribute(QStringLiteral("type"), kMimeType);
    QDomElement applications = child(metadata, QStringLiteral("bookmark:applications"));
    QDomElement application;
    for (QDomElement a = applications.firstChildElement(); !a.isNull(); a = a.nextSiblingElement())
        if (a.attribute(QStringLiteral("name")) == kApplication) application = a;
    if (application.isNull()) {
        application = applications.appendChild(doc.createElement(QStringLiteral("bookmark:application"))).toElement();
        application.setAttribute(QStringLiteral("name"), kApplication);
        application.setAttribute(QStringLiteral("exec"), QStringLiteral("'valuerank-workbench %u'"));
        application.setAttribute(QStringLiteral("count"), 0);
    }
    application.setAttribute(QStringLiteral("modified"), stamp);
    application.setAttribute(QStringLiteral("count"), application.attribute(QStringLiteral("count")).toInt() + 1);
    try {
        QDir().mkpath(QFileInfo(listPath).absolutePath());
        project::PrivateFileWriter::writeAll(listPath, doc.toByteArray(2));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace vr::ui
