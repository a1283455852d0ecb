#include "project/scenario_import_plan.h"

#include <QRegularExpression>
#include <QSet>

namespace vr::project {
namespace {

QString key(const QString& name)
{
    return name.trimmed();
}

// "Name (2)", or the next free number after the one a name already carries ("Name (2)" → "Name (3)").
QString freeCopyName(const QString& name, const QSet<QString>& taken)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(.*) \((\d+)\)$)"));
    QString base = key(name);
    int number = 2;
    if (const auto m = numbered.match(base); m.hasMatch()) {
        base = m.captured(1);
        number = m.captured(2).toInt() + 1;
    }
    QString candidate;
    do {
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(number++);
    } while (taken.contains(candidate));
    return candidate;
}

} // namespace

bool sameContent(const Scenario& a, const Scenario& b)
{
    return a.preamble == b.preamble && a.prompt == b.prompt && a.followups == b.followups && a.dimensions == b.dimensions
        && a.tags == b.tags && a.options == b.options;
}

ImportDuplicates findDuplicates(const QList<Scenario>& existing, const QList<Scenario>& incoming)
{
    ImportDuplicates duplicates;
    for (const Scenario& in : incoming) {
        bool named = false, same = false;
        for (const Scenario& e : existing) {
            if (key(e.name) != key(in.name)) continue;
            named = true;
            same = same || sameContent(e, in);
        }
        if (same) duplicates.sameContent << in.name;
        else if (named) duplicates.differentContent << in.name;
    }
    return duplicates;
}

ScenarioImportPlan planScenarioImport(const QList<Scenario>& existing, const QList<Scenario>& incoming, DuplicateChoice choice)
{
    QSet<QString> taken;
    for (const Scenario& e : existing) taken.insert(key(e.name));
    const QSet<QString> existingNames = taken;
    for (const Scenario& in : incoming) taken.insert(key(in.name));

    ScenarioImportPlan plan;
    QSet<QString> replacedNames; // each scenario of the project is replaced once at most
    for (const Scenario& in : incoming) {
        if (!existingNames.contains(key(in.name))) {
            plan.additions << in;
            continue;
        }
        if (choice == DuplicateChoice::KeepBoth) {
            Scenario copy = in;
            copy.name = freeCopyName(in.name, taken);
            taken.insert(copy.name);
            plan.renamed.append(qMakePair(in.name, copy.name));
            plan.additions << copy;
            continue;
        }
        const Scenario* target = nullptr;
        bool same = false;
        for (const Scenario& e : existing) {
            if (key(e.name) != key(in.name)) continue;
            if (!target) target = &e;
            same = same || sameContent(e, in);
        }
        if (choice == DuplicateChoice::Skip || same || replacedNames.contains(key(in.name))) {
            plan.skipped << in.name;
            replacedNames.insert(key(in.name));
            continue;
        }
        Scenario replacement = in;
        replacement.id = target->id;
        replacement.name = target->name;
        plan.replacements.append(ScenarioReplacement{*target, replacement});
        replacedNames.insert(key(in.name));
    }
    return plan;
}

} // namespace vr::project
