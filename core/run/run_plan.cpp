#include "run/run_plan.h"

#include "analysis/analysis_input_parser.h"
#include "analysis/scenario_cells.h"
#include "run/run_analysis.h"

#include <QHash>

namespace vr::run {
namespace {

// Mean tokens per call of each model in the run, priced at the catalog's current prices (the run's own when the
// model has left the catalog).
QHash<QString, std::optional<double>> costPerCallByModel(project::Project& project, qint64 runId)
{
    const auto models = project.runs().models(runId);
    struct Tokens {
        double input = 0, output = 0;
        int calls = 0;
    };
    QHash<QString, Tokens> tokens;
    for (const project::TranscriptRow& row : project.runs().transcripts(runId, false)) {
        Tokens& t = tokens[models.at(row.modelIndex).modelId];
        t.input += static_cast<double>(row.inputTokens);
        t.output += static_cast<double>(row.outputTokens);
        ++t.calls;
    }
    QHash<QString, std::optional<double>> cost;
    for (const project::ModelEntry& frozen : models) {
        const project::ModelEntry entry = project.models().findByModelId(frozen.modelId).value_or(frozen);
        const Tokens t = tokens.value(frozen.modelId);
        if (!entry.hasPrice() || t.calls == 0) {
            cost.insert(frozen.modelId, std::nullopt);
            continue;
        }
        cost.insert(frozen.modelId, (t.input / t.calls * *entry.costInputPerMillion + t.output / t.calls * *entry.costOutputPerMillion) / 1e6);
    }
    return cost;
}

} // namespace

std::optional<double> RunPlan::cost(const analysis::DesignPoint& point) const
{
    double total = 0.0;
    for (const auto& c : costPerCall) {
        if (!c) return std::nullopt;
        total += *c * static_cast<double>(point.callsPerModel);
    }
    return total;
}

PlanInputs readPlanInputs(project::Project& project, qint64 runId)
{
    return {runId, buildAnalysisInput(project, runId), costPerCallByModel(project, runId)};
}

RunPlan planFromRun(project::Project& project, qint64 runId, const analysis::PlanRequest& request, const QStringList& pair)
{
    return planFromInputs(readPlanInputs(project, runId), request, pair);
}

RunPlan planFromInputs(const PlanInputs& inputs, const analysis::PlanRequest& request, const QStringList& pair)
{
    const qint64 runId = inputs.runId;
    std::string input = inputs.analysisInput;
    const std::size_t size = input.size();
    input.append(64, ' '); // the parser reads in place and needs padding after the text
    const analysis::ParsedAnalysisInput parsed = analysis::parseAnalysisInput(std::string_view(input.data(), size));
    const analysis::TranscriptSet& set = parsed.set;
    if (set.records.empty())
        throw project::ProjectError(QStringLiteral("Nothing in run %1 is summarized yet: run `valuerank summarize` first.").arg(runId).toStdString());
    RunPlan result;
    result.runId = runId;
    result.request = request;
    result.pair = pair;
    for (std::uint32_t m = 0; m < set.models.size(); ++m) result.models << QString::fromUtf8(set.models.text(m));
    if (!pair.isEmpty()) {
        const auto index = [&](const QString& id) {
            const qsizetype i = result.models.indexOf(id);
            if (i < 0)
                throw project::ProjectError(
                    QStringLiteral("Run %1 has no decisions of %2 (its models: %3)").arg(runId).arg(id, result.models.join(QStringLiteral(", "))).toStdString());
            return static_cast<std::uint32_t>(i);
        };
        result.request.pair = std::make_pair(index(pair.value(0)), index(pair.value(1)));
    }
    result.plan = analysis::planStudy(set, analysis::buildScenarioCells(set), result.request);
    for (const QString& model : result.models) result.costPerCall.push_back(inputs.costPerCall.value(model));
    return result;
}

Json runPlanJson(const RunPlan& p)
{
    const auto optional = [](const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); };
    Json models = Json::array();
    for (const analysis::ModelVariance& m : p.plan.models)
        models.push_back({{"model", p.models.value(static_cast<qsizetype>(m.model)).toStdString()},
                          {"scenarios", m.scenarios},
                          {"meanRepeats", m.meanRepeats},
                          {"withinCellVariance", optional(m.withinCell)},
                          {"betweenScenarioVariance", optional(m.betweenScenarios)},
                          {"costPerCall", optional(p.costPerCall[m.model])}});
    Json curve = Json::array();
    for (const analysis::DesignPoint& d : p.plan.curve)
        curve.push_back({{"repeats", d.repeats},
                         {"scenarios", d.scenarios ? Json(*d.scenarios) : Json(nullptr)},
                         {"sdDifference", d.sdDifference},
                         {"callsPerModel", d.scenarios ? Json(d.callsPerModel) : Json(nullptr)},
                         {"calls", d.scenarios ? Json(p.calls(d)) : Json(nullptr)},
                         {"cost", d.scenarios ? optional(p.cost(d)) : Json(nullptr)}});
    Json pair = Json::array();
    for (const QString& m : p.pair) pair.push_back(m.toStdString());
    return {{"runId", p.runId},
            {"delta", p.request.delta},
            {"alpha", p.request.alpha},
            {"power", p.request.power},
            {"pair", pair},
            {"interactionVariance", p.plan.interaction},
            {"withinCellVariance", p.plan.withinCell},
            {"withinCellEstimated", p.plan.withinEstimated},
            {"models", models},
            {"curve", curve},
            {"recommended", p.plan.recommended ? curve[*p.plan.recommended] : Json(nullptr)},
            {"pilot",
             {{"scenarios", p.plan.pilotScenarios},
              {"repeats", p.plan.pilotRepeats},
              {"detectableDifference80", optional(p.plan.pilotDetectableDifference)}}}};
}

} // namespace vr::run
