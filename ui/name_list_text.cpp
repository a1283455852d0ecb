#include "name_list_text.h"

namespace vr::ui {

QString NameListText::someNames(const QStringList& names, int shown)
{
    QStringList quoted;
    for (const QString& name : names.mid(0, shown)) quoted << tr("“%1”").arg(name);
    const QString listed = quoted.join(tr(", "));
    if (names.size() <= shown) return listed;
    return tr("%1 and %n more", nullptr, static_cast<int>(names.size() - shown)).arg(listed);
}

} // namespace vr::ui
