#pragma once
// The scale's own labels as the probe prompt wrote them ("1 - Strongly favour keeping the café open"), so an
// answer that says the label instead of the number can still be read.
#include <QString>

#include <vector>

namespace vr::summarize {

struct ScaleLabel {
    int code = 0;
    QString text; // normalised (see normalizeForMatching)
};

// Lines such as "1 - label", "2: label", "3) label", "(4) label", "5. label" in the prompts.
std::vector<ScaleLabel> readScaleLabels(const std::vector<QString>& prompts);

// Lower case, markdown emphasis removed, dashes and quotes unified, "favor" spelled "favour", spaces collapsed.
QString normalizeForMatching(const QString& text);

} // namespace vr::summarize
