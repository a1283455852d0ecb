#include "run/run_comparison.h"

#include "stats/benjamini_hochberg.h"
#include "stats/descriptive.h"
#include "stats/holm.h"
#include "stats/wilcoxon.h"

#include <QHash>

#include <cmath>
#include <map>

namespace vr::run {
namespace {

// model id → scenario name → mean effective code over that cell's samples.
std::map<QString, QHash<QString, double>> cellMeans(project::Project& project, qint64 runId)
{
    const auto scenarios = project.runs().scenarios(runId);
    const auto models = project.runs().models(runId);
    std::map<QString, QHash<QString, std::pair<double, int>>> sums;
    for (const project::TranscriptRow& row : project.runs().transcripts(runId, false)) {
        const auto code = row.effectiveCode();
        bool ok = false;
        const int value = code ? code->toInt(&ok) : 0;
        if (!ok || value < 1 || value > 5) continue;
        auto& cell = sums[models.at(row.modelIndex).modelId][scenarios.at(row.scenarioIndex).name];
        cell.first += value;
        ++cell.second;
    }
    std::map<QString, QHash<QString, double>> means;
    for (const auto& [model, cells] : sums)
        for (auto it = cells.begin(); it != cells.end(); ++it) means[model].insert(it.key(), it.value().first / it.value().second);
    return means;
}

} // namespace

QList<ModelComparison> compareRuns(project::Project& project, qint64 runA, qint64 runB)
{
    const auto a = cellMeans(project, runA);
    const auto b = cellMeans(project, runB);
    QList<ModelComparison> out;
    for (const auto& [model, cellsA] : a) {
        const auto other = b.find(model);
        if (other == b.end()) continue;
        std::vector<double> xa, xb, diff;
        for (auto it = cellsA.begin(); it != cellsA.end(); ++it) {
            const auto match = other->second.find(it.key());
            if (match == other->second.end()) continue;
            xa.push_back(it.value());
            xb.push_back(match.value());
            diff.push_back(match.value() - it.value());
        }
        ModelComparison c;
        c.modelId = model;
        c.pairs = static_cast<int>(diff.size());
        if (diff.empty()) {
            out << c;
            continue;
        }
        c.meanA = stats::mean(xa);
        c.meanB = stats::mean(xb);
        const stats::OneSampleT test = stats::oneSampleT(diff);
        c.meanDifference = test.mean;
        c.ci95 = test.ci95;
        c.tStatistic = test.t;
        c.pValue = test.pValue;
        if (diff.size() >= 2) c.wilcoxonPValue = stats::wilcoxonSignedRankP(diff);
        out << c;
    }
    // Several models compared at once: their p-values adjusted together.
    std::vector<double> p;
    std::vector<qsizetype> tested;
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out[i].pValue) {
            p.push_back(*out[i].pValue);
            tested.push_back(i);
        }
    const auto holm = stats::holmBonferroni(p);
    const auto bh = stats::benjaminiHochberg(p);
    for (std::size_t i = 0; i < tested.size(); ++i) {
        out[tested[i]].pValueHolm = holm.adjusted[i];
        out[tested[i]].pValueBH = bh[i];
    }
    return out;
}

} // namespace vr::run
