// valuerank-workbench [PROJECT] [--view scenarios|models|runs|analysis] [--screenshot FILE]
#include "workbench_app.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    return vr::ui::runWorkbench(app);
}
