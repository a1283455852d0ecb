#pragma once
// The labelled answers of tests/data/decisions/ (each with its class, provider style and source; see
// tests/data/decisions/README.md) and how well a decision parser reads them: overall, per class, per source
// kind and per provider style, and which trap numbers it accepted. bench/decisions prints it; CTest enforces it.
#include "summarize/decision.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace vr::testing {

struct LabelledAnswer {
    std::string file, name, answerClass, providerStyle, sourceKind, expected;
    std::vector<summarize::TranscriptTurn> turns;
};

// Every *.json of the folder, in file-name order; throws std::runtime_error naming the file on bad data.
std::vector<LabelledAnswer> loadLabelledAnswers(const QString& folder);

struct Tally {
    int right = 0, total = 0;
    double accuracy() const { return total == 0 ? 1.0 : double(right) / double(total); }
};

struct ParserScore {
    Tally overall;
    std::map<std::string, Tally> byClass, bySource, byStyle, byFile;
    int trapsAccepted = 0;   // a trap case read as a code it does not state
    QStringList misses;      // "file/name: expected X, got Y (method)"
};

ParserScore scoreParser(const std::vector<LabelledAnswer>& answers, const char* parser);

} // namespace vr::testing
