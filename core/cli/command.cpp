#include "cli/command.h"

#include <cstdio>

namespace vr::cli {

void out(const QString& text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

void err(const QString& text)
{
    std::fprintf(stderr, "valuerank: %s\n", qPrintable(text));
    std::fflush(stderr);
}

Command::Command(const QStringList& args, const QList<QCommandLineOption>& options, int positionalCount)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(options);
    QStringList argv{args.value(0)};
    argv += args.mid(2);
    if (!parser.parse(argv)) throw UsageError(parser.errorText().toStdString());
    positional = parser.positionalArguments();
    if (positional.size() != positionalCount)
        throw UsageError("expected " + std::to_string(positionalCount) + " argument(s), got " + std::to_string(positional.size()));
}

int Command::intValue(const QString& name, int fallback) const
{
    if (!isSet(name)) return fallback;
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok) throw UsageError(("--" + name + " must be a whole number").toStdString());
    return v;
}

double Command::doubleValue(const QString& name, double fallback) const
{
    if (!isSet(name)) return fallback;
    bool ok = false;
    const double v = value(name).toDouble(&ok);
    if (!ok) throw UsageError(("--" + name + " must be a number").toStdString());
    return v;
}

QCommandLineOption valueOption(const QString& name, const QString& help)
{
    return QCommandLineOption(name, help, QStringLiteral("value"));
}

void requireWritable(const project::Project& project, const QString& command)
{
    const project::ProjectDatabase& db = project.database();
    if (db.isReadOnly())
        throw project::ProjectError(QStringLiteral("%1 is read-only (%2): `valuerank %3` needs to write it. Nothing was changed.")
                                        .arg(project.path(), db.readOnlyReason(), command)
                                        .toStdString());
}

qint64 chooseRun(project::Project& project, const Command& cmd)
{
    if (cmd.isSet(QStringLiteral("run"))) return cmd.value(QStringLiteral("run")).toLongLong();
    const auto runs = project.runs().list();
    if (runs.isEmpty()) throw project::ProjectError("The project has no runs yet (valuerank run FILE --models …)");
    return runs.last().id;
}

} // namespace vr::cli
