#pragma once
// The optional "options" of an analyze_basic input (docs/worker-protocol.md, analysis 3.x): how repeats of one
// scenario × model cell enter agreement and contested scenarios, and the cluster bootstrap of agreement.
#include <cstdint>
#include <optional>
#include <string>

namespace vr::analysis {

enum class RepeatsMode : std::uint8_t {
    Last,     // the reference's rule: the last repeat of a cell stands for it
    CellMean, // the mean of the cell's repeats (kappas: that mean rounded half up to a code)
};

struct AnalysisOptions {
    RepeatsMode repeats = RepeatsMode::Last;
    std::uint32_t bootstrapSamples = 0; // 0: no bootstrap
    std::uint64_t bootstrapSeed = 0;
};

// The largest number of bootstrap samples an input may ask for.
inline constexpr std::uint32_t kMaxBootstrapSamples = 100000;
// Seeds stay exact in every JSON reader (2^53 − 1).
inline constexpr std::uint64_t kMaxBootstrapSeed = 9007199254740991ull;

} // namespace vr::analysis
