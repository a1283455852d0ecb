#include "demo_project.h"

#include "project/private_file_writer.h"
#include "project/project_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace vr::ui {
namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(vr::ui::DemoProject)
};

} // namespace

QString bundledDemoProject()
{
    const QString bin = QCoreApplication::applicationDirPath();
    for (const QString& candidate : {bin + QStringLiteral("/../share/valuerank/demo.vrproj"), bin + QStringLiteral("/../resources/demo.vrproj")})
        if (QFileInfo::exists(candidate)) return QFileInfo(candidate).canonicalFilePath();
    return {};
}

QString privateDemoCopy()
{
    const QString original = bundledDemoProject();
    if (original.isEmpty()) throw project::ProjectError(DemoText::tr("The demo project is not installed with this workbench.").toStdString());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString copy = dir + QStringLiteral("/demo.vrproj");
    if (QFileInfo::exists(copy)) return copy;
    QFile source(original);
    if (!source.open(QIODevice::ReadOnly))
        throw project::ProjectError(DemoText::tr("Cannot read the demo project %1: %2").arg(original, source.errorString()).toStdString());
    project::PrivateFileWriter::writeAll(copy, source.readAll());
    return copy;
}

} // namespace vr::ui
