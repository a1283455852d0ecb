#pragma once
// What a run stores: its settings, its cells (scenario × model × sample), their transcripts and summaries.
#include "protocol/json.h"

#include <QString>

#include <optional>

namespace vr::project {

struct RunConfig {
    QString name;
    std::optional<double> temperature = 0.7; // none: no temperature is sent (the model's own default)
    int maxTokens = 1024;
    int maxTurns = 10;
    int samples = 1;
    qint64 seed = 0;
    int concurrency = 8;
    std::optional<double> budgetUsd;
    // Also ask every scenario that declares options in its mirror (B first, labels reversed); its answers are
    // recoded 6 − code before any analysis (docs/statistics.md, "Order effects").
    bool counterbalance = false;

    Json toJson() const;
    static RunConfig fromJson(const Json& json);
};

enum class CellState { Pending, Running, Done, Failed };
QString cellStateName(CellState state);
CellState cellStateFromName(const QString& name);

struct CellRecord {
    qint64 id = 0;
    qint64 runId = 0;
    int scenarioIndex = 0;
    int modelIndex = 0;
    int sample = 0;
    CellState state = CellState::Pending;
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
};

// Failed cells of a run grouped by error code and model, with one of their messages.
struct FailureGroup {
    QString errorCode;
    QString modelId;
    int cells = 0;
    QString exampleMessage;
};

struct RunSummary {
    qint64 id = 0;
    QString name;
    QString createdAt;
    RunConfig config;
    int scenarioCount = 0, modelCount = 0;
    int cells = 0, pending = 0, running = 0, done = 0, failed = 0;
    double cost = 0.0;
    int summarized = 0;
    bool hasAnalysis = false;
    // From the latest unfiltered analysis: the smallest difference between two models the run detects with 80 %
    // power (docs/statistics.md); none before an analysis (or with fewer than two models).
    std::optional<double> detectableDifference;
};

// One stored transcript with the cell it answers and its summary, as exports and analyses read them.
struct TranscriptRow {
    qint64 transcriptId = 0;
    qint64 cellId = 0;
    int scenarioIndex = 0;
    int modelIndex = 0;
    int sample = 0;
    Json content;             // the probe's transcript object
    qint64 inputTokens = 0, outputTokens = 0;
    double cost = 0.0;
    QString modelVersion, startedAt, completedAt;
    std::optional<QString> decisionCode;   // parsed
    std::optional<QString> overrideCode;   // a researcher's correction, kept apart
    QString decisionText;
    bool cutAtTokenLimit = false; // a turn's answer stopped at max tokens (stopReason "length")
    Json decisionMetadata;
    // The code analyses use: the override when there is one, else the parsed code.
    std::optional<QString> effectiveCode() const { return overrideCode ? overrideCode : decisionCode; }
};

} // namespace vr::project
