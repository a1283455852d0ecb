#pragma once
// What the Secret Service itself holds, asked through another client (secret-tool, libsecret-tools) than the
// workbench's QtKeychain: proof that a key is really in the keychain, not only in the process that saved it.
// QtKeychain files each secret under the attributes user=<key name>, server=<service>.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace vr::test {

inline const QString kWorkbenchKeychainService = QStringLiteral("org.valuerank.Workbench");

inline QByteArray runSecretTool(const QStringList& arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForFinished(20000)) return QByteArrayLiteral("<secret-tool did not finish>");
    return tool.readAllStandardOutput();
}

// The secret stored for `variable`, empty when there is none.
inline QByteArray secretServiceLookup(const QString& variable)
{
    return runSecretTool({QStringLiteral("lookup"), QStringLiteral("user"), variable, QStringLiteral("server"), kWorkbenchKeychainService});
}

// How many items the Secret Service holds for `variable` (a replaced key must leave exactly one).
inline int secretServiceItemCount(const QString& variable)
{
    const QByteArray out = runSecretTool(
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), variable, QStringLiteral("server"), kWorkbenchKeychainService});
    int items = 0;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith('[')) ++items;
    return items;
}

} // namespace vr::test
