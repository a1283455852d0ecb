// valuerank-workbench [PROJECT] [--view scenarios|models|runs|analysis] [--screenshot FILE]
#include "protocol/guarded_application.h"
#include "workbench_app.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (vr::ui::asksForHelpOrVersion(argc, argv)) return vr::ui::printHelpOrVersion(argc, argv);
    vr::GuardedApplication<QApplication> app(argc, argv);
    return vr::ui::runWorkbench(app);
}
