#include "summarize/decision.h"

namespace vr::summarize {

Json Decision::metadata() const
{
    Json j = Json::object();
    j["parser"] = parser;
    j["method"] = method;
    j["matchedText"] = matchedText.empty() ? Json() : Json(matchedText);
    j["refusal"] = refusal;
    j["ambiguous"] = ambiguous;
    return j;
}

} // namespace vr::summarize
