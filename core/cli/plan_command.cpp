#include "cli/plan_command.h"

#include "cli/cli_commands.h"
#include "cli/command.h"
#include "run/run_plan.h"

namespace vr::cli {
namespace {

// Dollars to the cent, or to four significant digits below a dollar (one call costs fractions of a cent).
QString money(const std::optional<double>& cost)
{
    if (!cost) return QStringLiteral("(no price)");
    return *cost >= 1.0 ? QStringLiteral("$%1").arg(*cost, 0, 'f', 2) : QStringLiteral("$%1").arg(*cost, 0, 'g', 4);
}

QString variance(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("–");
}

void printPlan(const run::RunPlan& p)
{
    const analysis::StudyPlan& plan = p.plan;
    out(QStringLiteral("Plan from run %1 (%2 scenarios, %3 repeats per cell on average, %4 models): detect a difference of %5 in mean "
                       "decision between %6, two-sided α = %7, power %8.")
            .arg(p.runId)
            .arg(plan.pilotScenarios)
            .arg(plan.pilotRepeats, 0, 'g', 3)
            .arg(p.models.size())
            .arg(p.request.delta)
            .arg(p.pair.isEmpty() ? QStringLiteral("two models (the typical pair)") : p.pair.join(QStringLiteral(" and ")))
            .arg(p.request.alpha)
            .arg(p.request.power));
    out(QStringLiteral("  Variance components: scenario × model interaction σ²_D = %1, within a cell σ²_w = %2%3")
            .arg(plan.interaction, 0, 'f', 3)
            .arg(plan.withinCell, 0, 'f', 3)
            .arg(plan.withinEstimated ? QString() : QStringLiteral(" (the pilot has no repeats: σ²_w cannot be told apart and is taken as 0)")));
    for (const analysis::ModelVariance& m : plan.models)
        out(QStringLiteral("    %1: between scenarios %2, within a cell %3, %4 scenarios, cost per call %5")
                .arg(p.models.value(static_cast<qsizetype>(m.model)), variance(m.betweenScenarios), variance(m.withinCell))
                .arg(m.scenarios)
                .arg(money(p.costPerCall[m.model])));
    if (plan.curve.empty()) {
        out(QStringLiteral("  No pair of models shares two scored scenarios: nothing to plan from."));
        return;
    }
    out(QStringLiteral("  repeats  scenarios  calls per model  calls (all %1 models)  cost").arg(p.models.size()));
    for (std::size_t i = 0; i < plan.curve.size(); ++i) {
        const analysis::DesignPoint& d = plan.curve[i];
        if (!d.scenarios) {
            out(QStringLiteral("  %1  not reachable").arg(d.repeats, 7));
            continue;
        }
        out(QStringLiteral("  %1  %2  %3  %4  %5%6")
                .arg(d.repeats, 7)
                .arg(*d.scenarios, 9)
                .arg(d.callsPerModel, 15)
                .arg(p.calls(d), 21)
                .arg(money(p.cost(d)))
                .arg(plan.recommended == i ? QStringLiteral("  ← fewest calls") : QString()));
    }
    if (plan.pilotDetectableDifference)
        out(QStringLiteral("  The pilot itself detects a difference of %1 with 80 % power (α = 0.05).").arg(*plan.pilotDetectableDifference, 0, 'f', 2));
}

} // namespace

int cmdPlan(const QStringList& args)
{
    Command cmd(args,
                {valueOption("run", "pilot run id (default: the latest)"), valueOption("delta", "difference in mean decision to detect"),
                 valueOption("alpha", "two-sided significance level (default 0.05)"), valueOption("power", "target power (default 0.8)"),
                 valueOption("models", "plan for this pair: a,b"), valueOption("max-repeats", "longest curve (default 10)"),
                 QCommandLineOption(QStringLiteral("json"), QStringLiteral("print the plan as JSON"))},
                1);
    if (!cmd.isSet(QStringLiteral("delta"))) throw UsageError("--delta is required (the difference in mean decision to detect, e.g. 0.25)");
    analysis::PlanRequest request;
    request.delta = cmd.doubleValue(QStringLiteral("delta"), request.delta);
    request.alpha = cmd.doubleValue(QStringLiteral("alpha"), request.alpha);
    request.power = cmd.doubleValue(QStringLiteral("power"), request.power);
    const int maxRepeats = cmd.intValue(QStringLiteral("max-repeats"), static_cast<int>(request.maxRepeats));
    if (!(request.delta > 0.0 && request.delta <= 4.0)) throw UsageError("--delta must be above 0 and at most 4 (decision codes run from 1 to 5)");
    if (!(request.alpha > 0.0 && request.alpha < 1.0)) throw UsageError("--alpha must lie between 0 and 1");
    if (!(request.power > request.alpha && request.power < 1.0)) throw UsageError("--power must lie between alpha and 1");
    if (maxRepeats < 1 || maxRepeats > 100) throw UsageError("--max-repeats must be from 1 to 100");
    request.maxRepeats = static_cast<unsigned>(maxRepeats);
    QStringList pair;
    if (cmd.isSet(QStringLiteral("models"))) {
        pair = cmd.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (pair.size() != 2 || pair[0] == pair[1]) throw UsageError("--models takes two different model ids: a,b");
    }
    project::Project project(cmd.positional[0], project::ProjectDatabase::OpenMode::ReadOnly);
    const run::RunPlan plan = run::planFromRun(project, chooseRun(project, cmd), request, pair);
    if (cmd.isSet(QStringLiteral("json"))) out(QString::fromStdString(run::runPlanJson(plan).dump()));
    else printPlan(plan);
    return kOk;
}

} // namespace vr::cli
