#include "cli/expand_command.h"

#include "cli/command.h"
#include "templates/template_error.h"
#include "templates/template_file.h"
#include "templates/template_reexpansion.h"

#include <QFileInfo>

namespace vr::cli {
namespace {

quint64 seedOption(const Command& cmd)
{
    if (!cmd.isSet(QStringLiteral("seed"))) return 0;
    bool ok = false;
    const quint64 seed = cmd.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) throw UsageError("--seed must be a whole number from 0 to 18446744073709551615");
    return seed;
}

templates::Expansion expandFile(const QString& path, const templates::ScenarioTemplate& tmpl, quint64 seed)
{
    if (tmpl.dimensions.isEmpty())
        throw project::ProjectError(QStringLiteral("%1: the template has no dimensions, so there is nothing to expand (import its text as a scenario)")
                                        .arg(QFileInfo(path).fileName())
                                        .toStdString());
    try {
        return templates::expandTemplate(tmpl, seed);
    } catch (const templates::TemplateError& e) {
        throw project::ProjectError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())).toStdString());
    }
}

} // namespace

int cmdExpand(const QStringList& args)
{
    Command cmd(args,
                {valueOption("seed", "seed for choosing among a level's options (0)"),
                 QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("print what would change; change nothing")),
                 QCommandLineOption(QStringLiteral("keep-removed"), QStringLiteral("keep the scenarios of combinations the template no longer has"))},
                2);
    const quint64 seed = seedOption(cmd);
    const bool dryRun = cmd.isSet(QStringLiteral("dry-run"));
    const bool keepRemoved = cmd.isSet(QStringLiteral("keep-removed"));
    const QString path = cmd.positional[1];
    const templates::ScenarioTemplate tmpl = templates::readTemplateFile(path);
    const templates::Expansion expansion = expandFile(path, tmpl, seed);
    project::Project project(cmd.positional[0], dryRun ? project::ProjectDatabase::OpenMode::ReadOnly : project::ProjectDatabase::OpenMode::OpenExisting);
    if (!dryRun) requireWritable(project, QStringLiteral("expand"));
    for (const QString& w : expansion.warnings) err(QStringLiteral("warning: %1").arg(w));
    const templates::ReexpansionPlan plan = templates::planReexpansion(project.scenarios().list(), tmpl.name, expansion.scenarios);
    if (!dryRun) templates::applyReexpansion(project, plan, !keepRemoved);
    for (const project::Scenario& s : plan.added) out(QStringLiteral("added    %1").arg(s.name));
    for (const project::Scenario& s : plan.updated) out(QStringLiteral("updated  %1 (scenario %2)").arg(s.name, QString::number(s.id)));
    for (const project::Scenario& s : plan.removed)
        out(QStringLiteral("%1 %2 (scenario %3)").arg(keepRemoved ? QStringLiteral("kept    ") : QStringLiteral("removed "), s.name, QString::number(s.id)));
    out(QStringLiteral("%1 \"%2\" (tag %3, seed %4): %5 combinations; %6 added, %7 updated, %8 unchanged, %9")
            .arg(dryRun ? QStringLiteral("Dry run of template") : QStringLiteral("Template"), tmpl.name, templates::templateTag(tmpl.name),
                 QString::number(seed), QString::number(expansion.scenarios.size()), QString::number(plan.added.size()),
                 QString::number(plan.updated.size()), QString::number(plan.unchanged.size()),
                 QStringLiteral("%1 %2").arg(plan.removed.size()).arg(keepRemoved ? QStringLiteral("no longer in the template (kept)") : QStringLiteral("removed"))));
    if (dryRun) out(QStringLiteral("Nothing was changed (--dry-run)."));
    return 0;
}

} // namespace vr::cli
