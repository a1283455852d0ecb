#pragma once
// `valuerank search FILE TEXT [--run ID] [--model M] [--decision N] [--limit N] [--json]`: the transcripts whose
// prompts, answers or explanations hold TEXT, best matches first, each with the words around the match.
#include <QStringList>

namespace vr::cli {

int cmdSearch(const QStringList& args);

} // namespace vr::cli
