#pragma once
// The workbench's start-up: identity, translations, command line (project, --view, --screenshot), window.
class QApplication;

namespace vr::ui {

int runWorkbench(QApplication& app);

} // namespace vr::ui
