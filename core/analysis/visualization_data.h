#pragma once
// visualizationData (the reference, docs/worker-protocol.md): per model, the distribution of decision codes 1–5, and the
// model × scenario matrix of mean scores (keyed by scenario name, rounded to 2 places).
#include "analysis/transcript_set.h"
#include "protocol/json_writer.h"

namespace vr::analysis {

void writeVisualizationData(JsonWriter& w, const TranscriptSet& set);

} // namespace vr::analysis
