#include "run/run_comparison.h"

#include "stats/descriptive.h"

#include <boost/math/distributions/students_t.hpp>

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
        c.meanDifference = stats::mean(diff);
        if (diff.size() >= 2) {
            const double sd = stats::standardDeviation(diff, 1);
            if (sd > 0) {
                const double n = static_cast<double>(diff.size());
                const double t = c.meanDifference / (sd / std::sqrt(n));
                const boost::math::students_t dist(n - 1);
                c.tStatistic = t;
                c.pValue = std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t))));
            }
        }
        out << c;
    }
    return out;
}

} // namespace vr::run
