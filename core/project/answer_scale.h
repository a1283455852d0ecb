#pragma once
// Whether a scenario gives the model the 1–5 scale to answer on: numbered lines "1 - …" to "5 - …" in its prompt
// or follow-ups, read by the decision parser's own scale reader (summarize/scale_labels), so what counts as a
// scale here is what the parser can match answers against.
#include "project/scenario.h"

#include <QStringList>

namespace vr::project {

bool hasAnswerScale(const Scenario& scenario);

// The names of those without one, in order.
QStringList namesWithoutAnswerScale(const QList<Scenario>& scenarios);

} // namespace vr::project
