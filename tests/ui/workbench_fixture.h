#pragma once
// Shared by the GUI suites: a private copy of the demo project, isolated settings, and screenshots saved to
// <build>/screenshots for people to look at.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

namespace vr::test {

inline QString copyDemoProject(const QTemporaryDir& dir, const QString& name = QStringLiteral("demo-copy.vrproj"))
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    QFile::copy(QStringLiteral(VR_DEMO_PROJECT), target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

inline bool saveScreenshot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(VR_SCREENSHOT_DIR));
    return widget->grab().save(QStringLiteral(VR_SCREENSHOT_DIR "/") + name + QStringLiteral(".png"), "PNG");
}

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace vr::test
