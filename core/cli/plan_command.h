#pragma once
// `valuerank plan FILE [--run ID] --delta D [--alpha A] [--power P] [--models a,b] [--max-repeats R] [--json]`:
// how many scenarios and repeats a study needs to detect a difference δ between two models, from a pilot run
// (docs/statistics.md, "Planning a study").
#include <QStringList>

namespace vr::cli {

int cmdPlan(const QStringList& args);

} // namespace vr::cli
