#pragma once
// The question an import asks once when the file holds scenarios the project already has: skip them, replace
// the project's (which keep their runs and results), or keep both (the file's under a new name). A message box
// whose buttons are named skipDuplicates, replaceDuplicates (shown only when some content differs), keepBoth
// and cancelImport.
#include "project/scenario_import_plan.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace vr::ui {

class DuplicateImportQuestion {
    Q_DECLARE_TR_FUNCTIONS(vr::ui::DuplicateImportQuestion)
public:
    // nullopt when the person cancels the import.
    static std::optional<project::DuplicateChoice> ask(QWidget* parent, const QString& fileName, const project::ImportDuplicates& duplicates);
};

} // namespace vr::ui
