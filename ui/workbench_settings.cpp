#include "workbench_settings.h"

#include <QFileInfo>

namespace vr::ui {

void WorkbenchSettings::addRecentProject(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects.get();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent) list.removeLast();
    recentProjects.set(list);
}

} // namespace vr::ui
