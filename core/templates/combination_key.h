#pragma once
// What identifies one combination of levels, whatever the order of the dimensions (docs/templates.md,
// "Re-expansion"): the dimension names with their scores, sorted by name (UTF-8 bytes), as compact JSON,
// for example [["Certainty",1],["Stakes",2]].
#include <QList>
#include <QPair>
#include <QString>

#include <string>

namespace vr::templates {

using DimensionScores = QList<QPair<QString, qint64>>;

std::string combinationKey(const DimensionScores& scores);

} // namespace vr::templates
