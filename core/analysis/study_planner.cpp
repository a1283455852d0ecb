#include "analysis/study_planner.h"

#include "analysis/model_agreement.h"
#include "stats/descriptive.h"
#include "stats/paired_power.h"

#include <algorithm>
#include <cmath>

namespace vr::analysis {
namespace {

// Per model: its cells in scenario order, the pooled within-cell variance and the variance of true scenario means.
std::vector<ModelVariance> modelVariances(const TranscriptSet& set, const ScenarioCells& cells)
{
    const std::size_t k = set.models.size();
    std::vector<std::vector<const ScenarioCell*>> cellsOf(k);
    for (std::uint32_t s : cells.scenarioOrder)
        for (const ScenarioCell& c : cells.of(s)) cellsOf[c.model].push_back(&c);
    std::vector<ModelVariance> result(k);
    std::vector<double> means;
    for (std::uint32_t m = 0; m < k; ++m) {
        ModelVariance& v = result[m];
        v.model = m;
        v.scenarios = cellsOf[m].size();
        if (v.scenarios == 0) continue;
        double squares = 0.0, degrees = 0.0, repeats = 0.0;
        means.clear();
        for (const ScenarioCell* c : cellsOf[m]) {
            squares += c->squaredDeviations();
            degrees += c->count - 1.0;
            repeats += c->count;
            means.push_back(c->mean());
        }
        v.meanRepeats = repeats / static_cast<double>(v.scenarios);
        if (degrees > 0) v.withinCell = squares / degrees;
        if (v.scenarios < 2) continue;
        double noise = 0.0; // the part of the scenario means' variance that repeat noise explains
        for (const ScenarioCell* c : cellsOf[m]) noise += v.withinCell.value_or(0.0) / c->count;
        v.betweenScenarios = std::max(0.0, stats::variance(means, 1) - noise / static_cast<double>(v.scenarios));
    }
    return result;
}

std::vector<PairVariance> pairVariances(const ScenarioCells& cells, const std::vector<ModelVariance>& models, std::size_t modelCount)
{
    // Per pair, sums of the differences of cell means on shared scenarios and of their squares, and the differences'
    // expected repeat noise: constant memory per pair, whatever the number of scenarios.
    struct Accumulator {
        std::size_t n = 0;
        double sum = 0.0, squares = 0.0, noise = 0.0;
    };
    std::vector<Accumulator> acc(modelCount * (modelCount - 1) / 2);
    std::vector<double> mean, noise; // per cell of the current scenario
    for (std::uint32_t s : cells.scenarioOrder) {
        const auto here = cells.of(s);
        mean.resize(here.size());
        noise.resize(here.size());
        for (std::size_t i = 0; i < here.size(); ++i) {
            mean[i] = here[i].mean();
            noise[i] = models[here[i].model].withinCell.value_or(0.0) / here[i].count;
        }
        for (std::size_t i = 0; i < here.size(); ++i)
            for (std::size_t j = 0; j < here.size(); ++j) {
                const std::size_t a = here[i].model, b = here[j].model;
                if (a >= b) continue;
                Accumulator& x = acc[a * (2 * modelCount - a - 1) / 2 + (b - a - 1)];
                const double d = mean[i] - mean[j];
                ++x.n;
                x.sum += d;
                x.squares += d * d;
                x.noise += noise[i] + noise[j];
            }
    }
    std::vector<PairVariance> pairs;
    for (std::uint32_t a = 0; a < modelCount; ++a)
        for (std::uint32_t b = a + 1; b < modelCount; ++b) {
            const Accumulator& x = acc[a * (2 * modelCount - a - 1) / 2 + (b - a - 1)];
            PairVariance p{a, b, x.n, std::nullopt};
            const double n = static_cast<double>(x.n);
            if (x.n >= 2) p.interaction = std::max(0.0, (x.squares - x.sum * x.sum / n) / (n - 1.0) - x.noise / n);
            pairs.push_back(p);
        }
    return pairs;
}

double meanOf(const std::vector<double>& v)
{
    return v.empty() ? 0.0 : stats::mean(v);
}

} // namespace

StudyPlan planStudy(const TranscriptSet& set, const ScenarioCells& cells, const PlanRequest& request)
{
    StudyPlan plan;
    plan.models = modelVariances(set, cells);
    const std::size_t k = set.models.size();
    if (k >= 2 && k <= kMaxPairwiseModels) plan.pairs = pairVariances(cells, plan.models, k);

    std::vector<double> interactions, withins;
    for (const PairVariance& p : plan.pairs)
        if (p.interaction && (!request.pair || (p.modelA == request.pair->first && p.modelB == request.pair->second)
                              || (p.modelA == request.pair->second && p.modelB == request.pair->first)))
            interactions.push_back(*p.interaction);
    for (const ModelVariance& m : plan.models)
        if (m.withinCell && (!request.pair || m.model == request.pair->first || m.model == request.pair->second)) withins.push_back(*m.withinCell);
    plan.interaction = meanOf(interactions);
    plan.withinCell = meanOf(withins);
    plan.withinEstimated = !withins.empty();

    std::size_t scenarios = 0;
    double repeatSum = 0.0;
    for (const ModelVariance& m : plan.models) {
        scenarios = std::max(scenarios, m.scenarios);
        repeatSum += m.meanRepeats;
    }
    plan.pilotScenarios = scenarios;
    plan.pilotRepeats = plan.models.empty() ? 0.0 : repeatSum / static_cast<double>(plan.models.size());
    if (!interactions.empty() && plan.pilotRepeats > 0) {
        const double sd = std::sqrt(plan.interaction + 2.0 * plan.withinCell / plan.pilotRepeats);
        plan.pilotDetectableDifference = stats::pairedTDetectableDifference(sd, scenarios, 0.05, 0.80);
    }
    if (interactions.empty()) return plan; // no pair shares two scenarios: nothing to plan from

    for (unsigned r = 1; r <= std::max(1u, request.maxRepeats); ++r) {
        DesignPoint point;
        point.repeats = r;
        point.sdDifference = std::sqrt(plan.interaction + 2.0 * plan.withinCell / r);
        point.scenarios = stats::pairedTUnitsFor(request.delta, point.sdDifference, request.alpha, request.power);
        if (point.scenarios) point.callsPerModel = *point.scenarios * r;
        if (point.scenarios && (!plan.recommended || point.callsPerModel < plan.curve[*plan.recommended].callsPerModel))
            plan.recommended = plan.curve.size();
        plan.curve.push_back(point);
    }
    return plan;
}

std::optional<double> detectableDifference(const TranscriptSet& set, const ScenarioCells& cells)
{
    return planStudy(set, cells, PlanRequest{}).pilotDetectableDifference;
}

} // namespace vr::analysis
