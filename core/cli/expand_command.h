#pragma once
// `valuerank expand FILE TEMPLATE.json|.yaml [--seed S] [--dry-run] [--keep-removed]`: the template's scenarios
// into the project, or brought up to date after an edit, keeping the scenario of every combination that still
// exists (docs/templates.md). Prints what it added, updated and removed.
#include <QStringList>

namespace vr::cli {

int cmdExpand(const QStringList& args);

} // namespace vr::cli
