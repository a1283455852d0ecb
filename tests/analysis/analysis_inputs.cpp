#include "analysis_inputs.h"

#include "analysis/basic_analysis.h"
#include "protocol/worker_error.h"

namespace vr::test {

Json analyze(const std::string& input, unsigned threads)
{
    std::string padded = input;
    padded.reserve(input.size() + 128);
    return Json::parse(analysis::runBasicAnalysis(std::string_view(padded.data(), input.size()), threads));
}

Outcome outcomeOf(const std::string& input)
{
    try {
        const Json j = analyze(input);
        return {j["success"].get<bool>(), "", ""};
    } catch (const WorkerError& e) {
        return {false, std::string(errorCodeName(e.code())), e.message()};
    } catch (const InputTypeError& e) {
        return {false, "UNKNOWN", e.what()};
    }
}

std::string transcript(const std::string& model, const std::string& scenario, const std::string& score, const std::string& extra)
{
    return "{\"modelId\": \"" + model + "\", \"scenarioId\": \"" + scenario + "\", \"summary\": {\"score\": " + score + "}" + extra + "}";
}

std::string run(const std::vector<std::string>& transcripts, const std::string& extraFields)
{
    std::string s = "{\"runId\": \"r\", " + (extraFields.empty() ? std::string() : extraFields + ", ") + "\"transcripts\": [";
    for (size_t i = 0; i < transcripts.size(); ++i) s += (i ? ", " : "") + transcripts[i];
    return s + "]}";
}

} // namespace vr::test
