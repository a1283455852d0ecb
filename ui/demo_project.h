#pragma once
// The bundled demo project (12 dilemmas, three offline mock: models, one finished run with summaries and analysis)
// and the user's private copy of it, which the welcome page opens: the installed original is never written.
#include <QString>

namespace vr::ui {

// The bundled demo (installed: <prefix>/share/valuerank/demo.vrproj; build tree: build/resources); empty if none.
QString bundledDemoProject();
// A private, writable copy of the demo in the application's data folder, copied whole once (a half-written copy
// would be refused as damaged at every start). Throws project::ProjectError when it cannot be written.
QString privateDemoCopy();

} // namespace vr::ui
