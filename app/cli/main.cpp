#include "cli/cli_commands.h"
#include "protocol/guarded_application.h"
#include "protocol/json_log.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    vr::GuardedApplication<QCoreApplication> app(argc, argv);
    // People read this tool's output: structured logs only for warnings and errors (VALUERANK_LOG_LEVEL overrides).
    if (!qEnvironmentVariableIsSet("VALUERANK_LOG_LEVEL")) vr::JsonLogger::setMinimumLevel("warn");
    return vr::cli::runCli(app.arguments());
}
