#include "templates/template_reexpansion.h"

#include <QSet>

#include <cmath>
#include <map>
#include <optional>

namespace vr::templates {
namespace {

// The combination a scenario stands for: every dimension a whole number, else none.
std::optional<std::string> keyOf(const project::Scenario& scenario)
{
    DimensionScores scores;
    for (const auto& [name, value] : scenario.dimensions) {
        if (!std::isfinite(value) || value != std::trunc(value) || std::fabs(value) > 9.0e15) return std::nullopt;
        scores.append({name, qint64(value)});
    }
    return combinationKey(scores);
}

project::Scenario withExpansion(project::Scenario scenario, const ExpandedScenario& expanded, const QString& tag)
{
    scenario.name = expanded.name;
    scenario.preamble = expanded.preamble;
    scenario.prompt = expanded.prompt;
    scenario.dimensions.clear();
    for (const auto& [name, score] : expanded.dimensions) scenario.dimensions.append({name, double(score)});
    if (!scenario.tags.contains(tag)) scenario.tags << tag;
    return scenario;
}

} // namespace

QString templateTag(const QString& templateName)
{
    return QStringLiteral("template:") + templateName;
}

ReexpansionPlan planReexpansion(const QList<project::Scenario>& existing, const QString& templateName, const QList<ExpandedScenario>& expanded)
{
    const QString tag = templateTag(templateName);
    std::map<std::string, project::Scenario> byKey; // the first scenario of each combination, in project order
    for (const project::Scenario& s : existing)
        if (const auto key = s.tags.contains(tag) ? keyOf(s) : std::nullopt; key && !byKey.count(*key)) byKey.emplace(*key, s);
    ReexpansionPlan plan;
    QSet<qint64> kept;
    for (const ExpandedScenario& e : expanded) {
        const auto found = byKey.find(e.key);
        if (found == byKey.end()) {
            plan.added << withExpansion(project::Scenario{}, e, tag);
            continue;
        }
        const project::Scenario after = withExpansion(found->second, e, tag);
        (after == found->second ? plan.unchanged : plan.updated) << after;
        kept.insert(after.id);
    }
    for (const project::Scenario& s : existing)
        if (s.tags.contains(tag) && !kept.contains(s.id)) plan.removed << s;
    return plan;
}

void applyReexpansion(project::Project& project, const ReexpansionPlan& plan, bool removeVanished)
{
    project.database().transaction([&] {
        for (const project::Scenario& s : plan.updated) project.scenarios().update(s);
        project.scenarios().addAll(plan.added);
        if (removeVanished)
            for (const project::Scenario& s : plan.removed) project.scenarios().remove(s.id);
    });
}

} // namespace vr::templates
