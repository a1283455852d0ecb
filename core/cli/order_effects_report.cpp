#include "cli/order_effects_report.h"

#include "cli/analysis_report.h"

namespace vr::cli {

QStringList orderEffectsReport(const Json& analysis)
{
    QStringList lines;
    const auto effects = analysis.find("orderEffects");
    if (effects == analysis.end() || !effects->is_array()) return lines;
    lines << QStringLiteral("  Order effect (toward the option shown first, half of recoded mirror − original, by scenario; + = first-position bias):");
    for (const Json& e : *effects) {
        const Json& ci = e["ci95"];
        lines << QStringLiteral("    %1: %2 %3, %4; flips %5 %; balanced mean %6 (%7 scenarios)")
                     .arg(QString::fromStdString(e["model"].get<std::string>()))
                     .arg(QString::asprintf("%+.3f", e["effect"].get<double>()))
                     .arg(ci.is_object() ? QString::asprintf("[%.3f, %.3f]", ci["lower"].get<double>(), ci["upper"].get<double>())
                                         : QStringLiteral("(too few scenarios)"))
                     .arg(e["pValue"].is_number() ? formatP(e["pValue"].get<double>()) : QStringLiteral("no p"))
                     .arg(e["flipRate"].get<double>() * 100.0, 0, 'f', 1)
                     .arg(e["balancedMean"].get<double>(), 0, 'f', 3)
                     .arg(e["scenarios"].get<long long>());
    }
    return lines;
}

} // namespace vr::cli
