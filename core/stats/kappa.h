#pragma once
// Cohen's kappa between two raters' codes on the same items: unweighted, and with quadratic weights (for an
// ordinal scale such as decision codes 1–5, where 1 vs 5 is a worse disagreement than 4 vs 5).
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vr::stats {

struct Kappas {
    std::optional<double> unweighted; // nullopt when there are no items or chance agreement is complete
    std::optional<double> quadratic;  // weights (a − b)² on the codes' own values
};

Kappas cohensKappas(std::span<const double> a, std::span<const double> b);

// The same from codes already mapped to category indices (the analysis maps every model's scores once and
// then tabulates each pair with integer counts). categories[i] is the value of index i, ascending.
Kappas cohensKappasFromIndices(std::span<const std::uint16_t> a, std::span<const std::uint16_t> b,
                               std::span<const double> categories);

// Sorted distinct values, or nullopt when there are more than maxCategories of them.
std::optional<std::vector<double>> distinctCategories(std::span<const double> values, std::size_t maxCategories);

} // namespace vr::stats
