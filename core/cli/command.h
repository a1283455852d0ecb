#pragma once
// What every `valuerank` command shares: printing, parsing its options, and choosing the project's run.
#include "project/project.h"

#include <QCommandLineParser>
#include <QStringList>

#include <stdexcept>

namespace vr::cli {

// One line to stdout / to stderr (prefixed "valuerank: "), flushed.
void out(const QString& text);
void err(const QString& text);

// A mistake in the command line: exit status 1 with the message and a pointer to --help.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses the options of one command; positional arguments follow the command name.
struct Command {
    QCommandLineParser parser;
    QStringList positional;

    Command(const QStringList& args, const QList<QCommandLineOption>& options, int positionalCount);
    QString value(const QString& name) const { return parser.value(name); }
    bool isSet(const QString& name) const { return parser.isSet(name); }
    int intValue(const QString& name, int fallback) const;
    double doubleValue(const QString& name, double fallback) const;
};

QCommandLineOption valueOption(const QString& name, const QString& help);
// A command that changes the project refuses a read-only one before doing anything.
void requireWritable(const project::Project& project, const QString& command);
// --run, else the latest run.
qint64 chooseRun(project::Project& project, const Command& cmd);

} // namespace vr::cli
