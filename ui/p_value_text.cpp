#include "p_value_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace vr::ui {

QString pValueText(double p)
{
    return p < 0.001 ? QCoreApplication::translate("vr::ui::PValue", "< 0.001") : QLocale().toString(p, 'g', 3);
}

QString pValueStatement(double p)
{
    return p < 0.001 ? QCoreApplication::translate("vr::ui::PValue", "p < 0.001")
                     : QCoreApplication::translate("vr::ui::PValue", "p = %1").arg(QLocale().toString(p, 'g', 3));
}

} // namespace vr::ui
