#pragma once
// Analyses a run: its summarized transcripts become the analyze_basic input (the effective code, override
// first, as the score; the frozen scenario's name and numeric dimensions), core/analysis computes, and the
// result is stored in the project. Filters narrow the models, tags or samples first. A counterbalanced run's
// mirror answers enter as answers to the scenario they mirror, recoded 6 − code, and add `orderEffects`
// (docs/statistics.md, "Order effects").
#include "project/project.h"
#include "run/order_effects.h"

#include <QSet>
#include <QString>

#include <optional>

namespace vr::run {

struct AnalysisFilter {
    QSet<QString> models;        // model ids; empty: all
    QSet<QString> tags;          // scenarios with any of these tags; empty: all
    std::optional<int> maxSamples; // samples 0..maxSamples-1 only

    Json toJson() const;
    bool isEmpty() const { return models.isEmpty() && tags.isEmpty() && !maxSamples; }
};

// The analysis input document (as the orchestrator would send it) for a run.
std::string buildAnalysisInput(project::Project& project, qint64 runId, const AnalysisFilter& filter = {});
// Runs the analysis on a built input; returns the analysis object's JSON (the envelope's "analysis").
std::string analyzeInput(const std::string& input);

// Everything an analysis of a run needs from the store, read where the store lives; computed anywhere after.
struct PreparedAnalysis {
    std::string input;   // the worker input document
    Json filter;         // AnalysisFilter::toJson, stored with the result
    QString inputs;      // analysisInputs(), stored with the result
    int truncatedAnswers = 0;
    std::vector<OrderObservation> order; // a counterbalanced run's decisions; empty otherwise
};
// What an analysis of the run is computed from, as one text (the analysis code's version and the decisions'
// fingerprint): a stored analysis whose text differs is out of date.
QString analysisInputs(project::Project& project, qint64 runId);
// Whether the newest analysis stored with this filter was computed from what the run holds now.
bool isLatestAnalysisCurrent(project::Project& project, qint64 runId, const AnalysisFilter& filter = {});
PreparedAnalysis prepareAnalysis(project::Project& project, qint64 runId, const AnalysisFilter& filter = {});
// The analysis JSON of a prepared run, with the store's own warnings (answers cut at the token limit). Any thread.
std::string computeAnalysis(const PreparedAnalysis& prepared);
// Prepares, computes and stores; returns the stored analysis JSON. Throws WorkerError/ProjectError.
std::string analyzeRun(project::Project& project, qint64 runId, const AnalysisFilter& filter = {});

} // namespace vr::run
