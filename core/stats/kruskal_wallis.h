#pragma once
// The Kruskal–Wallis H test with tie correction, p from χ² with k − 1 degrees of freedom (scipy.stats.kruskal),
// and η², the effect size the reference reports beside it (computed on the raw values, not the ranks).
#include <optional>
#include <span>

namespace vr::stats {

struct KruskalWallis {
    double h = 0.0;
    double pValue = 1.0;
};

// values[i] belongs to group groupOf[i] in [0, groupCount). nullopt where scipy raises (fewer than two groups,
// or all values identical).
std::optional<KruskalWallis> kruskalWallis(std::span<const double> values, std::span<const int> groupOf, int groupCount);

// The same from the ranks of the values and their tie sum, computed once when several groupings share them.
std::optional<KruskalWallis> kruskalWallisFromRanks(std::span<const double> ranks, double tieTotal,
                                                     std::span<const int> groupOf, int groupCount);

// SS_between / SS_total over the groups; 0 when SS_total is 0.
double etaSquared(std::span<const double> values, std::span<const int> groupOf, int groupCount);

} // namespace vr::stats
