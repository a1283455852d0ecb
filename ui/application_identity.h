#pragma once
// Names the application for QSettings, window titles and the desktop entry.
class QCoreApplication;

namespace vr::ui {

void applyApplicationIdentity(QCoreApplication& app);

} // namespace vr::ui
