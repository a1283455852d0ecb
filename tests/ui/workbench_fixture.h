#pragma once
// Shared by the GUI suites: a private copy of the demo project, isolated settings, the workbench's translations,
// and screenshots saved to <build>/screenshots for people to look at.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTranslator>
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

// The translations the workbench installs at start (see installWorkbenchTranslators): the English plural forms
// ("1 scenario", "2 scenarios") under every language, and the language's own file on top. Returns false when a
// .qm file is missing from the build.
inline bool installTranslations(const QString& language = QStringLiteral("en"))
{
    auto* english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral(VR_TRANSLATIONS_DIR "/valuerank_en.qm"))) return false;
    QCoreApplication::installTranslator(english);
    if (language == QLatin1String("en")) return true;
    auto* translation = new QTranslator(QCoreApplication::instance());
    if (!translation->load(QStringLiteral(VR_TRANSLATIONS_DIR "/valuerank_") + language + QStringLiteral(".qm"))) return false;
    QCoreApplication::installTranslator(translation);
    return true;
}

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace vr::test
