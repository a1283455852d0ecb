#pragma once
// A list of names for a sentence: the first few, quoted, then how many more ("“A”, “B” and 3 more").
#include <QCoreApplication>
#include <QStringList>

namespace vr::ui {

class NameListText {
    Q_DECLARE_TR_FUNCTIONS(vr::ui::NameListText)
public:
    static QString someNames(const QStringList& names, int shown = 6);
};

} // namespace vr::ui
