#pragma once
// A compact letter display of models (docs/statistics.md, "Compact ranking"): models sorted by mean, and every
// maximal run of neighbours in which no pair differs significantly gets a letter; models that share a letter
// cannot be told apart by the data.
#include <functional>
#include <string>
#include <vector>

namespace vr::analysis {

struct RankedModel {
    std::size_t index = 0; // into the caller's list
    std::string letters;   // "a", "ab", "b", …
};

// `means[i]` of model i; `differ(i, j)` whether models i and j differ significantly. Highest mean first.
std::vector<RankedModel> compactRanking(const std::vector<double>& means, const std::function<bool(std::size_t, std::size_t)>& differ);

} // namespace vr::analysis
