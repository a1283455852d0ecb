#pragma once
// The analysis input in compact form: one small record per transcript with interned ids, never a JSON tree.
#include "analysis/analysis_options.h"
#include "analysis/string_interner.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vr::analysis {

enum class ValueStatus : std::uint8_t { Neutral, Prioritized, Deprioritized };

struct DimensionLevelRef {
    std::uint32_t dimension; // id in TranscriptSet::dimensions
    std::uint32_t level;     // id in TranscriptSet::levels (Python str() of the value)
};

struct ValueMark {
    std::uint32_t value; // id in TranscriptSet::values
    ValueStatus status;
};

struct TranscriptRecord {
    std::uint32_t model = 0;
    std::uint32_t scenario = 0;
    std::uint32_t scenarioKey = 0; // scenario.name, else scenarioId: id in TranscriptSet::scenarioKeys
    std::uint32_t dimensionsBegin = 0;
    std::uint32_t valuesBegin = 0;
    std::uint16_t dimensionCount = 0;
    std::uint16_t valueCount = 0;
    bool scored = false;
    bool hasDimensions = false; // scenario.dimensions is a non-empty object
    std::int8_t bucket = 0;     // int(score) when in 1..5, else 0 (not counted)
    double score = 0.0;
};

struct Level {
    std::string text;                 // Python str() of the dimension value: "3", "3.0", "True", "None", "x"
    double numeric = std::nan("");    // the number when the value was a JSON number
};

struct TranscriptSet {
    bool hasRunId = false;
    std::string runIdForLog;          // the runId as a log field shows it
    bool hasTranscripts = false;
    bool transcriptsIsArray = false;
    bool hasTranscriptIdsArray = false;
    std::size_t transcriptIdsCount = 0;
    AnalysisOptions options;
    std::optional<std::string> optionsError; // why "options" is malformed (a VALIDATION_ERROR)

    StringInterner models, scenarios, scenarioKeys, dimensions, values;
    std::vector<Level> levels;
    std::vector<TranscriptRecord> records;
    std::vector<DimensionLevelRef> dimensionLevels;
    std::vector<ValueMark> valueMarks;
};

} // namespace vr::analysis
