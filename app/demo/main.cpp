// make-demo-project OUT.vrproj SCENARIOS.json MODELS.json: builds the bundled demo project at build time.
#include "protocol/json_log.h"
#include "run/demo_project_builder.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    vr::JsonLogger::setMinimumLevel("warn");
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: make-demo-project OUT.vrproj SCENARIOS.json MODELS.json\n");
        return 1;
    }
    try {
        vr::run::buildDemoProject(args[1], args[2], args[3]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make-demo-project: %s\n", e.what());
        return 2;
    }
    return 0;
}
