#pragma once
// The `valuerank` command-line tool: drive whole evaluations on a project file from scripts.
#include <QStringList>

namespace vr::cli {

// Exit statuses, documented in --help.
enum ExitCode {
    kOk = 0,
    kUsageError = 1,
    kProjectError = 2,
    kCellsFailed = 3,
    kBudgetReached = 4,
    kInterrupted = 130,
};

// args as QCoreApplication::arguments(); needs a QCoreApplication.
int runCli(const QStringList& args);
QString cliHelp();

} // namespace vr::cli
