#include "application_identity.h"

#include "vr_version.h"

#include <QApplication>

namespace vr::ui {

void applyApplicationIdentity(QCoreApplication& app)
{
    app.setOrganizationName(QStringLiteral("ValueRank"));
    app.setApplicationName(QStringLiteral("ValueRank Workbench"));
    app.setApplicationVersion(QStringLiteral(VR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.valuerank.Workbench"));
}

} // namespace vr::ui
