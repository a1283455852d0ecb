#pragma once
// What the GUI benchmarks share: the workbench offscreen, quiet, with private settings and no keychain lookups,
// and "--name value" integer arguments.
#include <QApplication>
#include <QStandardPaths>
#include <QStringList>

namespace vr::bench {

// Call before constructing the QApplication.
inline void prepareOffscreenWorkbench()
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    qputenv("VALUERANK_LOG_LEVEL", "error");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vr-no-such-bus");
}

// Call after: settings go to a private test location.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

inline int intArgument(const QStringList& args, const char* name, int fallback)
{
    const auto i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace vr::bench
