// simdjson's On-Demand parser is chosen at compile time, so the parser is built twice (generic x86-64 and
// AVX2 "haswell", see core/CMakeLists.txt) and the processor picks one at run time: 3–5× faster where AVX2 exists.
#include "analysis/analysis_input_parser.h"

#include "protocol/envelope.h"
#include "protocol/worker_error.h"

namespace vr::analysis {

namespace generic {
ParsedAnalysisInput parseAnalysisInput(std::string_view input);
}
#ifdef VR_HAVE_HASWELL_PARSER
namespace haswell {
ParsedAnalysisInput parseAnalysisInput(std::string_view input);
}
#endif

bool analysisParserUsesAvx2()
{
#ifdef VR_HAVE_HASWELL_PARSER
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2")
        && __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("popcnt");
    return avx2;
#else
    return false;
#endif
}

ParsedAnalysisInput parseAnalysisInput(std::string_view input)
{
    if (isBlank(input)) throw WorkerError::bare("No input provided", ErrorCode::ValidationError, false);
#ifdef VR_HAVE_HASWELL_PARSER
    if (analysisParserUsesAvx2()) return haswell::parseAnalysisInput(input);
#endif
    return generic::parseAnalysisInput(input);
}

} // namespace vr::analysis
