#include "run/transcript_turns.h"

namespace vr::run {

std::vector<summarize::TranscriptTurn> transcriptTurns(const Json& transcript)
{
    std::vector<summarize::TranscriptTurn> turns;
    if (transcript.contains("turns"))
        for (const Json& t : transcript["turns"])
            turns.push_back({t.value("probePrompt", std::string()), t.value("targetResponse", std::string())});
    return turns;
}

} // namespace vr::run
