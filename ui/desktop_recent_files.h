#pragma once
// Tells the desktop which project was opened, in the freedesktop.org shared list of recently used files
// ($XDG_DATA_HOME/recently-used.xbel, the Desktop Bookmark Spec), which GNOME, KDE Plasma 6 and other desktops
// read for their "recent files" views and jump lists. Only the path, the MIME type
// (application/x-valuerank-project) and the application are recorded; a list that cannot be read as XBEL is
// left untouched. Returns false when nothing could be written.
#include <QDateTime>
#include <QString>

namespace vr::ui {

bool addToDesktopRecentFiles(const QString& projectPath, const QDateTime& when = QDateTime::currentDateTimeUtc());
// Where the list lives: $XDG_DATA_HOME/recently-used.xbel (default ~/.local/share; private in test mode).
QString desktopRecentFilesPath();

} // namespace vr::ui
