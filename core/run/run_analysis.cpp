#include "run/run_analysis.h"

#include "analysis/basic_analysis.h"
#include "protocol/worker_error.h"
#include "run/order_effects.h"

#include <algorithm>

namespace vr::run {

Json AnalysisFilter::toJson() const
{
    Json j = Json::object();
    // Sorted, so one filter has one text (stored analyses are looked up by it).
    const auto sortedList = [](const QSet<QString>& set) {
        QStringList sorted(set.begin(), set.end());
        sorted.sort();
        Json list = Json::array();
        for (const QString& s : sorted) list.push_back(s.toStdString());
        return list;
    };
    if (!models.isEmpty()) j["models"] = sortedList(models);
    if (!tags.isEmpty()) j["tags"] = sortedList(tags);
    if (maxSamples) j["maxSamples"] = *maxSamples;
    return j;
}

namespace {

// The input document; a counterbalanced run's decisions also go to `order` (when given).
std::string buildInput(project::Project& project, qint64 runId, const AnalysisFilter& filter, std::vector<OrderObservation>* order)
{
    const QList<project::Scenario> scenarios = project.runs().scenarios(runId);
    const QList<int> mirrorOf = project.runs().mirrorOf(runId);
    const bool counterbalanced = std::any_of(mirrorOf.begin(), mirrorOf.end(), [](int original) { return original >= 0; });
    const QList<project::ModelEntry> models = project.runs().models(runId);
    std::vector<Json> scenarioJson;
    std::vector<bool> scenarioIncluded;
    for (const project::Scenario& s : scenarios) {
        Json dims = Json::object();
        for (const auto& [name, value] : s.dimensions) {
            if (value == static_cast<double>(static_cast<long long>(value))) dims[name.toStdString()] = static_cast<long long>(value);
            else dims[name.toStdString()] = value;
        }
        scenarioJson.push_back({{"name", s.name.toStdString()}, {"dimensions", dims}});
        bool included = filter.tags.isEmpty();
        for (const QString& t : s.tags) included = included || filter.tags.contains(t);
        scenarioIncluded.push_back(included);
    }
    Json transcripts = Json::array();
    for (const project::TranscriptRow& row : project.runs().transcripts(runId, false)) {
        const project::ModelEntry& model = models.at(row.modelIndex);
        if (!filter.models.isEmpty() && !filter.models.contains(model.modelId)) continue;
        // A mirror's answers count as answers to the scenario it mirrors, recoded to its direction below.
        const int mirrored = mirrorOf.value(row.scenarioIndex, -1);
        const int scenarioIndex = mirrored >= 0 ? mirrored : row.scenarioIndex;
        if (!scenarioIncluded[static_cast<size_t>(scenarioIndex)]) continue;
        if (filter.maxSamples && row.sample >= *filter.maxSamples) continue;
        const auto code = row.effectiveCode();
        if (!code) continue; // not summarized yet
        Json score = nullptr;
        bool ok = false;
        const int value = code->toInt(&ok);
        if (ok && value >= 1 && value <= 5) {
            // docs/statistics.md, "Order effects": a mirror's code c means 6 − c as the scenario was written.
            score = mirrored >= 0 ? 6 - value : value;
            if (order && counterbalanced) order->push_back({model.modelId.toStdString(), scenarioIndex, mirrored >= 0, score.get<double>()});
        }
        transcripts.push_back({{"id", std::to_string(row.transcriptId)},
                               {"modelId", model.modelId.toStdString()},
                               {"scenarioId", std::to_string(scenarioIndex)},
                               {"summary", {{"score", score}}},
                               {"scenario", scenarioJson[static_cast<size_t>(scenarioIndex)]}});
    }
    // Repeats enter agreement and contested scenarios as cell means (docs/statistics.md).
    return Json{{"runId", std::to_string(runId)}, {"options", {{"repeats", "cell-mean"}}}, {"transcripts", transcripts}}.dump();
}

} // namespace

std::string buildAnalysisInput(project::Project& project, qint64 runId, const AnalysisFilter& filter)
{
    return buildInput(project, runId, filter, nullptr);
}

std::string analyzeInput(const std::string& input)
{
    std::string padded = input;
    padded.reserve(input.size() + 128); // the parser reads in place and needs padding after the text
    const Json envelope = Json::parse(analysis::runBasicAnalysis(std::string_view(padded.data(), input.size())));
    return envelope["analysis"].dump();
}

QString analysisInputs(project::Project& project, qint64 runId)
{
    return QString::fromLatin1(analysis::kAnalysisCodeVersion) + QLatin1Char('|') + project.runs().decisionsFingerprint(runId);
}

bool isLatestAnalysisCurrent(project::Project& project, qint64 runId, const AnalysisFilter& filter)
{
    return project.runs().latestAnalysisInputs(runId, filter.toJson()) == analysisInputs(project, runId);
}

PreparedAnalysis prepareAnalysis(project::Project& project, qint64 runId, const AnalysisFilter& filter)
{
    PreparedAnalysis prepared;
    prepared.inputs = analysisInputs(project, runId); // first: a change while reading makes it stale, never current
    prepared.input = buildInput(project, runId, filter, &prepared.order);
    prepared.filter = filter.toJson();
    prepared.truncatedAnswers = project.runs().truncatedTranscripts(runId);
    return prepared;
}

std::string computeAnalysis(const PreparedAnalysis& prepared)
{
    std::string output = analyzeInput(prepared.input);
    if (!prepared.order.empty()) {
        Json analysis = Json::parse(output);
        analysis["orderEffects"] = orderEffects(prepared.order);
        output = analysis.dump();
    }
    // Answers cut at the token limit may have lost their rating: the reader is warned where the charts are.
    if (prepared.truncatedAnswers > 0) {
        Json analysis = Json::parse(output);
        analysis["warnings"].push_back({{"code", "TRUNCATED_ANSWERS"},
                                        {"message", std::to_string(prepared.truncatedAnswers) + " transcripts have an answer cut at the token limit"},
                                        {"recommendation", "Raise max tokens and run those cells again: a cut answer may lack its rating"}});
        output = analysis.dump();
    }
    return output;
}

std::string analyzeRun(project::Project& project, qint64 runId, const AnalysisFilter& filter)
{
    const PreparedAnalysis prepared = prepareAnalysis(project, runId, filter);
    std::string output = computeAnalysis(prepared);
    project.runs().storeAnalysis(runId, output, prepared.filter, prepared.inputs);
    return output;
}

} // namespace vr::run
