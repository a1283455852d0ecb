#pragma once
// The workbench's start-up: identity, translations, command line (project, --view, --screenshot), window.
class QApplication;

namespace vr::ui {

int runWorkbench(QApplication& app);

// --help and --version need no display: main() answers them with a QCoreApplication, before any window system.
bool asksForHelpOrVersion(int argc, char** argv);
int printHelpOrVersion(int argc, char** argv);

} // namespace vr::ui
