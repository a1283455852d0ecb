#pragma once
// Importing a scenario file into a project that may already hold some of its scenarios. A scenario of the file is a
// duplicate when a scenario of the project has its name; it is the same scenario again when the rest (preamble,
// prompt, follow-ups, dimensions, tags) is equal too. One choice covers every duplicate of an import:
//   Skip      — the project's scenario stays as it is;
//   Replace   — the project's scenario takes the file's content and keeps its id, so the runs and results that
//               refer to it still do (one that is the same scenario again has nothing to replace and is skipped);
//   KeepBoth  — the file's scenario is added under a name not yet taken: "Name (2)", "Name (3)", …
// Duplicates are judged against the project as it was before the import; when several scenarios of the file
// share a name that the project has, the first of them is the duplicate that Replace uses and the rest are
// skipped. The plan is pure: nothing is written.
#include "project/scenario.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace vr::project {

enum class DuplicateChoice { Skip, Replace, KeepBoth };

// The file's scenarios whose names the project already has, by name, in file order.
struct ImportDuplicates {
    QStringList sameContent;      // the same scenario again
    QStringList differentContent; // the same name, other content

    bool isEmpty() const { return sameContent.isEmpty() && differentContent.isEmpty(); }
    qsizetype size() const { return sameContent.size() + differentContent.size(); }
};

struct ScenarioReplacement {
    Scenario existing; // as the project holds it now
    Scenario incoming; // the file's content under the existing scenario's id
};

struct ScenarioImportPlan {
    QList<Scenario> additions;                   // new to the project, in file order (copies already renamed)
    QList<ScenarioReplacement> replacements;     // in file order
    QStringList skipped;                         // names, in file order
    QList<QPair<QString, QString>> renamed;      // a copy's name in the file → the name it is added under

    bool changesNothing() const { return additions.isEmpty() && replacements.isEmpty(); }
};

// Same preamble, prompt, follow-ups, dimensions and tags (the id and name aside).
bool sameContent(const Scenario& a, const Scenario& b);

ImportDuplicates findDuplicates(const QList<Scenario>& existing, const QList<Scenario>& incoming);

ScenarioImportPlan planScenarioImport(const QList<Scenario>& existing, const QList<Scenario>& incoming, DuplicateChoice choice);

} // namespace vr::project
