#include "run/order_effects.h"

#include "stats/one_sample_t.h"

#include <map>

namespace vr::run {
namespace {

struct Sums {
    double sum = 0.0;
    int n = 0;
    double mean() const { return sum / n; }
};

struct ScenarioCell {
    Sums original, mirror;
};

} // namespace

Json orderEffects(const std::vector<OrderObservation>& observations)
{
    std::vector<std::string> models;
    std::map<std::string, std::map<int, ScenarioCell>> cells;
    for (const OrderObservation& o : observations) {
        if (!cells.count(o.model)) models.push_back(o.model);
        Sums& sums = o.mirrored ? cells[o.model][o.scenario].mirror : cells[o.model][o.scenario].original;
        sums.sum += o.code;
        ++sums.n;
    }
    Json out = Json::array();
    for (const std::string& model : models) {
        std::vector<double> effects;
        double balanced = 0.0;
        int flips = 0;
        for (const auto& [scenario, cell] : cells[model]) {
            if (cell.original.n == 0 || cell.mirror.n == 0) continue;
            const double original = cell.original.mean(), mirror = cell.mirror.mean();
            // Positive: answers lean toward whichever option is shown first (1 as written, 5 once recoded).
            effects.push_back((mirror - original) / 2.0);
            balanced += (original + mirror) / 2.0;
            if ((original - 3.0) * (mirror - 3.0) < 0.0) ++flips; // below 3 on one side, above 3 on the other
        }
        if (effects.empty()) continue;
        const stats::OneSampleT t = stats::oneSampleT(effects);
        const double n = static_cast<double>(effects.size());
        out.push_back({{"model", model},
                       {"scenarios", effects.size()},
                       {"effect", t.mean},
                       {"ci95", t.ci95 ? Json{{"lower", t.ci95->lower}, {"upper", t.ci95->upper}} : Json()},
                       {"pValue", t.pValue ? Json(*t.pValue) : Json()},
                       {"flipRate", flips / n},
                       {"balancedMean", balanced / n}});
    }
    return out;
}

} // namespace vr::run
