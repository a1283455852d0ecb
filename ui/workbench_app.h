#pragma once
// The workbench's start-up: identity, translations, command line (project, --view, --screenshot), window.
class QApplication;
class QCoreApplication;
class QLocale;

namespace vr::ui {

int runWorkbench(QApplication& app);
// The workbench's own translators: English plural forms, then the locale's language.
void installWorkbenchTranslators(QCoreApplication& app, const QLocale& locale);

// --help and --version need no display: main() answers them with a QCoreApplication, before any window system.
bool asksForHelpOrVersion(int argc, char** argv);
int printHelpOrVersion(int argc, char** argv);

} // namespace vr::ui
