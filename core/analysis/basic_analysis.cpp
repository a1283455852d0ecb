#include "analysis/basic_analysis.h"

#include "analysis/agreement_bootstrap.h"
#include "analysis/aligned_scores.h"
#include "analysis/analysis_input_parser.h"
#include "analysis/contested_scenarios.h"
#include "analysis/dimension_analysis.h"
#include "analysis/model_agreement.h"
#include "analysis/paired_comparisons.h"
#include "analysis/study_planner.h"
#include "analysis/per_model_stats.h"
#include "analysis/visualization_data.h"
#include "protocol/json_log.h"
#include "protocol/json_writer.h"
#include "protocol/python_format.h"
#include "protocol/worker_error.h"

#include <chrono>
#include <thread>

namespace vr::analysis {
namespace {

void writeMethodsUsed(JsonWriter& w, const AnalysisOptions& options)
{
    w.beginObject();
    w.field("winRateCI", "wilson_score");
    w.field("modelComparison", "spearman_rho");
    w.field("pValueCorrection", "holm_bonferroni");
    w.field("effectSize", "cohens_d");
    w.field("dimensionTest", "kruskal_wallis");
    w.field("alpha", 0.05);
    w.field("codeVersion", kAnalysisCodeVersion);
    w.field("agreementKappa", "cohens_kappa_unweighted_and_quadratic");
    w.field("meanInterval", "student_t_95");
    w.field("repeats", options.repeats == RepeatsMode::CellMean ? "cell-mean" : "last");
    w.field("clustered", "CR1_t_G-1");
    w.field("paired", "scenario_t_wilcoxon_holm_bh");
    if (options.bootstrapSamples > 0) {
        w.key("bootstrap").beginObject();
        w.field("method", "cluster_percentile");
        w.key("samples").integer(options.bootstrapSamples);
        w.key("seed").integer(static_cast<long long>(options.bootstrapSeed));
        w.endObject();
    }
    w.endObject();
}

void writeWarning(JsonWriter& w, std::string_view code, const std::string& message, std::string_view recommendation)
{
    w.beginObject().field("code", code).field("message", std::string_view(message)).field("recommendation", recommendation).endObject();
}

void writeWarnings(JsonWriter& w, const TranscriptSet& set, const std::vector<ModelSummary>& models, const ModelAgreement& agreement,
                   bool bootstrapSkipped)
{
    w.beginArray();
    for (const ModelSummary& m : models) {
        const std::string id(set.models.text(m.model));
        if (m.sampleSize < 10)
            writeWarning(w, "SMALL_SAMPLE", "Model " + id + " has only " + std::to_string(m.sampleSize) + " samples",
                         "Results may have wide confidence intervals");
        else if (m.sampleSize < 30)
            writeWarning(w, "MODERATE_SAMPLE", "Model " + id + " has " + std::to_string(m.sampleSize) + " samples",
                         "Consider using bootstrap confidence intervals");
    }
    bool anyDimensions = false;
    for (const TranscriptRecord& r : set.records) anyDimensions = anyDimensions || r.hasDimensions;
    if (!anyDimensions)
        writeWarning(w, "NO_DIMENSIONS", "No scenario dimensions found in transcripts", "Variable impact analysis will be empty");
    for (const std::string& key : collidingPairKeys(set, agreement))
        writeWarning(w, "PAIR_KEY_COLLISION", "Several model pairs share the key \"" + key + "\" because model ids contain ':'",
                     "Read modelAgreement.pairs, which names both models of every pair");
    if (agreement.pairwiseSkipped)
        writeWarning(w, "TOO_MANY_MODELS",
                     std::to_string(agreement.models.size()) + " models share scored scenarios; pairwise agreement is computed for at most "
                         + std::to_string(kMaxPairwiseModels),
                     "Filter the models to compare before analysing agreement");
    if (bootstrapSkipped)
        writeWarning(w, "BOOTSTRAP_SKIPPED",
                     "The bootstrap would keep more than " + std::to_string(kMaxBootstrapResults) + " pair × sample results; no agreement intervals",
                     "Ask for fewer bootstrap samples or compare fewer models");
    w.endArray();
}

// The smallest difference between two models this run detects (docs/statistics.md, "Planning a study").
void writeDetectableDifference(JsonWriter& w, const StudyPlan& design)
{
    w.beginObject();
    w.key("value");
    design.pilotDetectableDifference ? w.value(*design.pilotDetectableDifference) : w.null();
    w.field("power", 0.8).field("alpha", 0.05);
    w.key("scenarios").integer(static_cast<long long>(design.pilotScenarios));
    w.field("repeats", design.pilotRepeats);
    w.field("interactionVariance", design.interaction).field("withinCellVariance", design.withinCell);
    w.endObject();
}

std::string stubEnvelope(const TranscriptSet& set)
{
    JsonLogger("analyze_basic").info("Running stub analysis (legacy mode)",
                                     {{"runId", set.runIdForLog}, {"transcriptCount", set.transcriptIdsCount}});
    std::string out;
    JsonWriter w(out);
    w.beginObject().key("success").boolean(true).key("analysis").beginObject();
    w.field("status", "STUB").field("message", "Full analysis requires transcript data");
    w.key("transcriptCount").integer(static_cast<long long>(set.transcriptIdsCount));
    w.field("completedAt", std::string_view(isoTimestampNow()));
    w.endObject().endObject();
    return out;
}

} // namespace

std::string runBasicAnalysis(std::string_view input, unsigned threads)
{
    const auto started = std::chrono::steady_clock::now();
    ParsedAnalysisInput parsed = parseAnalysisInput(input);
    const TranscriptSet& set = parsed.set;
    if (!set.hasRunId) throw WorkerError::validation("Missing required field: runId");
    if (!set.hasTranscripts) {
        if (set.hasTranscriptIdsArray) return stubEnvelope(set);
        throw WorkerError::validation("Missing required field: transcripts");
    }
    if (!set.transcriptsIsArray) throw WorkerError::validation("transcripts must be an array");
    if (set.records.empty() && set.hasTranscriptIdsArray) return stubEnvelope(set);
    if (set.optionsError) throw WorkerError::validation(*set.optionsError);
    if (parsed.typeError) throw InputTypeError(parsed.typeError->first, parsed.typeError->second);

    const JsonLogger log("analyze_basic");
    log.info("Running Tier 1 analysis", {{"runId", set.runIdForLog}, {"transcriptCount", set.records.size()}});

    const auto parsedAt = std::chrono::steady_clock::now();
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const AnalysisOptions& options = set.options;
    const auto models = summarizeModels(set);
    const ScenarioCells cells = buildScenarioCells(set);
    const AlignedScores aligned = alignScores(set, cells, options.repeats);
    auto agreement = computeModelAgreement(aligned);
    const bool bootstrapSkipped = !bootstrapAgreement(aligned, agreement, options.bootstrapSamples, options.bootstrapSeed, threads);
    const auto paired = comparePairs(set, cells, threads);
    const auto dimensions = computeDimensionAnalysis(set);
    const auto contested = findContestedScenarios(set, cells, options.repeats);
    const StudyPlan design = planStudy(set, cells, PlanRequest{});

    const auto computedAt = std::chrono::steady_clock::now();
    std::string out;
    out.reserve(1024 + set.records.size() * 24);
    JsonWriter w(out);
    w.beginObject().key("success").boolean(true).key("analysis").beginObject();
    w.key("perModel");
    writePerModel(w, set, models);
    w.key("modelAgreement");
    writeModelAgreement(w, set, agreement);
    w.key("dimensionAnalysis");
    writeDimensionAnalysis(w, set, dimensions);
    w.key("pairedComparisons");
    writePairedComparisons(w, set, paired);
    w.key("detectableDifference");
    writeDetectableDifference(w, design);
    w.key("mostContestedScenarios");
    writeContestedScenarios(w, set, contested);
    w.key("visualizationData");
    writeVisualizationData(w, set);
    w.key("methodsUsed");
    writeMethodsUsed(w, options);
    w.key("warnings");
    writeWarnings(w, set, models, agreement, bootstrapSkipped);
    w.field("computedAt", std::string_view(isoTimestampNow()));
    const auto durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    w.key("durationMs").integer(durationMs);
    w.endObject().endObject();

    const auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    const auto writtenAt = std::chrono::steady_clock::now();
    log.info("Analysis complete", {{"runId", set.runIdForLog}, {"modelCount", models.size()}, {"durationMs", durationMs},
                                   {"parseMs", ms(started, parsedAt)}, {"statisticsMs", ms(parsedAt, computedAt)},
                                   {"outputMs", ms(computedAt, writtenAt)}, {"avx2Parser", analysisParserUsesAvx2()}});
    return out;
}

} // namespace vr::analysis
