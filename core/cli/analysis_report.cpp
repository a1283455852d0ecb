#include "cli/analysis_report.h"

#include "analysis/compact_ranking.h"
#include "cli/order_effects_report.h"

#include <QHash>

#include <algorithm>

namespace vr::cli {
namespace {

constexpr double kAlpha = 0.05;
// Up to this many pairs every pair is listed; beyond it only those that differ after Holm.
constexpr std::size_t kListEveryPairUpTo = 45;

QString number(const Json& value, int decimals = 3)
{
    return value.is_number() ? QString::number(value.get<double>(), 'f', decimals) : QStringLiteral("–");
}

QString interval(const Json& ci)
{
    return ci.is_object() ? QStringLiteral("[%1, %2]").arg(number(ci["lower"]), number(ci["upper"])) : QStringLiteral("(too few scenarios)");
}

} // namespace

QString formatP(double p)
{
    return p < 0.001 ? QStringLiteral("p < 0.001") : QStringLiteral("p = %1").arg(QString::number(p, 'g', 3));
}

QStringList analysisReport(const Json& analysis)
{
    QStringList lines;
    std::vector<std::string> models;
    std::vector<double> means;
    for (auto it = analysis["perModel"].begin(); it != analysis["perModel"].end(); ++it) {
        models.push_back(it.key());
        const Json& mean = it.value()["clustered"]["mean"];
        means.push_back(mean.is_number() ? mean.get<double>() : -1e300);
    }
    QHash<QString, const Json*> pairOf;
    for (const Json& p : analysis["pairedComparisons"])
        pairOf.insert(QString::fromStdString(p["modelA"].get<std::string>() + '\n' + p["modelB"].get<std::string>()), &p);
    const auto differ = [&](std::size_t a, std::size_t b) {
        const Json* p = pairOf.value(QString::fromStdString(models[std::min(a, b)] + '\n' + models[std::max(a, b)]));
        return p && (*p)["pValueHolm"].is_number() && (*p)["pValueHolm"].get<double>() < kAlpha;
    };
    const auto ranking = analysis::compactRanking(means, differ);
    std::size_t width = 5;
    for (const std::string& m : models) width = std::max(width, m.size());
    const auto pad = [width](const std::string& text) { return QString::fromStdString(text).leftJustified(static_cast<int>(width)); };

    lines << QStringLiteral("  Per model (mean decision, 95 % interval clustered by scenario; models sharing a group letter are not told apart):");
    lines << QStringLiteral("    %1  mean   95 % interval     n      scenarios  group").arg(pad("model"));
    for (const analysis::RankedModel& r : ranking) {
        const Json& m = analysis["perModel"][models[r.index]];
        lines << QStringLiteral("    %1  %2  %3  %4  %5  %6")
                     .arg(pad(models[r.index]), number(m["clustered"]["mean"]), interval(m["clustered"]["ci95"]).leftJustified(16))
                     .arg(m["sampleSize"].get<long long>(), -5)
                     .arg(m["clustered"]["clusters"].get<long long>(), -9)
                     .arg(QString::fromStdString(r.letters));
    }

    const Json& pairs = analysis["pairedComparisons"];
    std::size_t differing = 0;
    for (const Json& p : pairs) differing += p["pValueHolm"].is_number() && p["pValueHolm"].get<double>() < kAlpha;
    lines << QStringLiteral("  Paired differences (first − second model, by scenario): %1 of %2 pairs differ after Holm (α = 0.05)")
                 .arg(differing)
                 .arg(pairs.size());
    for (const Json& p : pairs) {
        const bool differs = p["pValueHolm"].is_number() && p["pValueHolm"].get<double>() < kAlpha;
        if (pairs.size() > kListEveryPairUpTo && !differs) continue;
        lines << QStringLiteral("    %1 − %2: %3 %4, %5, Holm %6%7")
                     .arg(QString::fromStdString(p["modelA"].get<std::string>()), QString::fromStdString(p["modelB"].get<std::string>()))
                     .arg(p["meanDifference"].is_number() ? QString::asprintf("%+.3f", p["meanDifference"].get<double>()) : QStringLiteral("–"))
                     .arg(interval(p["ci95"]))
                     .arg(p["pValue"].is_number() ? formatP(p["pValue"].get<double>()) : QStringLiteral("no p"))
                     .arg(p["pValueHolm"].is_number() ? formatP(p["pValueHolm"].get<double>()) : QStringLiteral("no p"))
                     .arg(differs ? QStringLiteral(" *") : QString())
                     .append(QStringLiteral(" (%1 scenarios)").arg(p["scenarios"].get<long long>()));
    }
    const Json& detectable = analysis["detectableDifference"];
    if (detectable.is_object() && detectable["value"].is_number())
        lines << QStringLiteral("  This run detects a difference of %1 between two models with 80 % power (α = 0.05; %2 scenarios, %3 repeats).")
                     .arg(number(detectable["value"], 2))
                     .arg(detectable["scenarios"].get<long long>())
                     .arg(detectable["repeats"].get<double>(), 0, 'g', 3);
    lines << QStringLiteral("  Overall agreement (mean Spearman ρ of cell means): %1").arg(number(analysis["modelAgreement"]["overallAgreement"]));
    lines << orderEffectsReport(analysis);
    for (const Json& w : analysis["warnings"]) lines << QStringLiteral("  warning: %1").arg(QString::fromStdString(w["message"].get<std::string>()));
    return lines;
}

} // namespace vr::cli
