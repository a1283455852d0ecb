#include "templates/combination_key.h"

#include "protocol/json.h"

#include <algorithm>
#include <vector>

namespace vr::templates {

std::string combinationKey(const DimensionScores& scores)
{
    std::vector<std::pair<std::string, qint64>> sorted;
    for (const auto& [name, score] : scores) sorted.emplace_back(name.toStdString(), score);
    std::sort(sorted.begin(), sorted.end());
    Json key = Json::array();
    for (const auto& [name, score] : sorted) key.push_back(Json::array({name, score}));
    return key.dump();
}

} // namespace vr::templates
