#pragma once
// Expanding a template into a project again after an edit (docs/templates.md, "Re-expansion"). The project's
// scenarios from that template carry the tag template:<name>; each is the combination its dimension scores make.
// A combination that still exists keeps its scenario (same id, so run results stay attached) with the new name,
// preamble, text and scores, its follow-ups and other tags untouched; new combinations are added at the end; the
// scenarios of combinations that no longer exist are removed, or kept and reported.
#include "project/project.h"
#include "templates/template_expansion.h"

namespace vr::templates {

QString templateTag(const QString& templateName); // "template:<name>"

struct ReexpansionPlan {
    QList<project::Scenario> added;     // id 0, in expansion order
    QList<project::Scenario> updated;   // as they will be
    QList<project::Scenario> removed;   // as they are: combinations the template no longer has (or a second scenario of one)
    QList<project::Scenario> unchanged;
};

ReexpansionPlan planReexpansion(const QList<project::Scenario>& existing, const QString& templateName, const QList<ExpandedScenario>& expanded);
// One transaction: all of it or nothing.
void applyReexpansion(project::Project& project, const ReexpansionPlan& plan, bool removeVanished);

} // namespace vr::templates
