#include "run/run_engine.h"

#include "llm/http_transport.h"
#include "llm/model_route.h"
#include "probe/probe_plan.h"
#include "probe/probe_session.h"
#include "protocol/json_log.h"
#include "protocol/worker_error.h"
#include "run/transcript_turns.h"
#include "summarize/decision_parsers.h"

#include <QTimer>

namespace vr::run {
namespace {

QString providerOf(const QString& modelId)
{
    return QString::fromLatin1(llm::providerInfo(llm::inferProvider(modelId.toStdString())).id);
}

} // namespace

RunEngine::RunEngine(project::SharedProject project, qint64 runId, QObject* parent)
    : QObject(parent), m_keepOpen(std::move(project)), m_project(*m_keepOpen), m_runId(runId)
{
    const auto summary = m_project.runs().summary(runId);
    if (!summary) throw project::ProjectError("There is no run " + std::to_string(runId) + " in " + m_project.path().toStdString());
    m_config = summary->config;
    m_scenarios = m_project.runs().scenarios(runId);
    m_models = m_project.runs().models(runId);
}

RunEngine::~RunEngine()
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) it.key()->disconnect(this);
}

void RunEngine::setSummarizeParser(const QString& parser)
{
    if (!parser.isEmpty() && !summarize::isKnownParser(parser.toStdString()))
        throw std::invalid_argument("There is no decision parser " + parser.toStdString());
    m_summarizeParser = parser;
}

ProviderThrottle& RunEngine::throttle(const QString& provider)
{
    auto& t = m_throttles[provider];
    if (!t) t = std::make_unique<ProviderThrottle>(m_config.concurrency);
    return *t;
}

int RunEngine::providerLimit(const QString& provider) const
{
    const auto it = m_throttles.find(provider);
    return it == m_throttles.end() ? m_config.concurrency : it->second->limit();
}

void RunEngine::start()
{
    if (m_started) return;
    m_started = true;
    m_clock.start();
    auto& runs = m_project.runs();
    runs.resetInterrupted(m_runId); // cells a killed process left "running" are simply not done
    const auto summary = runs.summary(m_runId);
    m_total = summary->cells;
    m_done = summary->done;
    m_cost = summary->cost;
    int providers = 0;
    for (const project::CellRecord& cell : runs.unfinishedCells(m_runId)) {
        const QString provider = providerOf(m_models.value(cell.modelIndex).modelId);
        auto& queue = m_queues[provider];
        if (queue.empty()) ++providers;
        queue.push_back({cell, provider});
    }
    m_transport = std::make_unique<llm::HttpTransport>(m_config.concurrency * std::max(1, providers), this);
    JsonLogger("run").info("Run started", {{"runId", m_runId}, {"cells", m_total}, {"toDo", m_total - m_done}});
    emit progressChanged();
    QTimer::singleShot(0, this, [this] {
        schedule();
        finishIfIdle();
    });
}

void RunEngine::cancel()
{
    if (m_finished || m_cancelled) return;
    m_cancelled = true;
    m_queues.clear();
    const auto active = m_active.keys();
    for (probe::ProbeSession* session : active) session->cancel();
    finishIfIdle();
}

void RunEngine::schedule()
{
    if (m_cancelled) return;
    if (m_config.budgetUsd && m_cost >= *m_config.budgetUsd) {
        if (!m_budgetReached) JsonLogger("run").warn("Budget reached; no new cells start", {{"runId", m_runId}, {"cost", m_cost}});
        m_budgetReached = true;
        return;
    }
    for (auto& [provider, queue] : m_queues) {
        ProviderThrottle& t = throttle(provider);
        while (!queue.empty() && t.canStart()) {
            const PendingCell cell = queue.front();
            queue.pop_front();
            startCell(cell);
        }
    }
}

void RunEngine::startCell(const PendingCell& pending)
{
    const project::CellRecord& cell = pending.cell;
    const project::Scenario& scenario = m_scenarios.at(cell.scenarioIndex);
    const project::ModelEntry& model = m_models.at(cell.modelIndex);
    Json input = {{"runId", std::to_string(m_runId)}, {"scenarioId", std::to_string(scenario.id)}, {"modelId", model.modelId.toStdString()},
                  {"scenario", scenario.toProbeJson()},
                  {"config", {{"temperature", m_config.temperature ? Json(*m_config.temperature) : Json()}, {"maxTokens", m_config.maxTokens},
                              {"maxTurns", m_config.maxTurns}, {"seed", m_config.seed + cell.sample}}}};
    // The catalog's parameters for this model (edited, or the capabilities table's), frozen with the run.
    if (const Json parameters = model.effectiveParameters(); !parameters.empty()) input["modelConfig"] = parameters;
    const Json cost = model.modelCostJson();
    if (!cost.is_null()) input["modelCost"] = cost;
    m_project.runs().markRunning(cell.id);
    probe::ProbePlan plan;
    try {
        probe::validateProbeInput(input);
        plan = probe::planProbe(input);
    } catch (...) {
        recordFailure(cell.id, std::current_exception());
        emit cellFinished(cell.id, false);
        return;
    }
    auto* session = new probe::ProbeSession(std::move(plan), m_streaming, m_transport.get(), this);
    m_active.insert(session, {cell.id, pending.provider, session});
    throttle(pending.provider).started();
    const qint64 cellId = cell.id;
    const QString provider = pending.provider;
    connect(session, &probe::ProbeSession::textDelta, this, [this, cellId](int turn, const QString& t) { emit textDelta(cellId, turn, t); });
    connect(session, &probe::ProbeSession::retrying, this, [this, cellId, provider](int, const llm::RetryEvent& e) {
        ++m_retries;
        if (e.kind == llm::FailureKind::RateLimit) throttle(provider).onRateLimited();
        emit retrying(cellId, e);
        emit progressChanged();
    });
    connect(session, &probe::ProbeSession::rateLimitReported, this,
            [this, provider](long long remaining, long long limit) { throttle(provider).onRateLimitHeaders(remaining, limit); });
    connect(session, &probe::ProbeSession::finished, this, [this, session] { onSessionFinished(session); });
    emit cellStarted(cellId);
    session->start();
}

void RunEngine::onSessionFinished(probe::ProbeSession* session)
{
    const Active active = m_active.take(session);
    session->deleteLater();
    ProviderThrottle& t = throttle(active.provider);
    t.finished();
    bool ok = false;
    if (session->succeeded()) {
        const double cost = session->estimatedCost();
        const Json& transcript = session->transcript();
        m_project.database().transaction([&] {
            const qint64 transcriptId = m_project.runs().complete(active.cellId, transcript, cost);
            if (m_summarizeParser.isEmpty()) return;
            const summarize::Decision decision = summarize::parseDecision(transcriptTurns(transcript), m_summarizeParser.toStdString());
            m_project.runs().storeSummary(transcriptId, QString::fromStdString(decision.code), QString(), decision.metadata());
        });
        m_cost += cost;
        ++m_done;
        ++m_doneThisSession;
        t.onSuccess();
        ok = true;
    } else if (!m_cancelled) {
        recordFailure(active.cellId, session->failure());
    }
    emit cellFinished(active.cellId, ok);
    emit progressChanged();
    schedule();
    finishIfIdle();
}

void RunEngine::recordFailure(qint64 cellId, std::exception_ptr failure)
{
    const WorkerError e = toWorkerError(failure);
    m_project.runs().fail(cellId, QString::fromLatin1(errorCodeName(e.code()).data(), static_cast<qsizetype>(errorCodeName(e.code()).size())),
                          QString::fromStdString(e.message()));
    ++m_failed;
}

void RunEngine::finishIfIdle()
{
    if (m_finished || !m_active.isEmpty()) return;
    bool queued = false;
    for (const auto& [provider, queue] : m_queues) queued = queued || !queue.empty();
    if (queued && !m_cancelled && !m_budgetReached) return;
    m_finished = true;
    if (m_cancelled) m_project.runs().resetInterrupted(m_runId);
    JsonLogger("run").info("Run finished", {{"runId", m_runId}, {"done", m_done}, {"failed", m_failed}, {"cost", m_cost},
                                            {"cancelled", m_cancelled}, {"budgetReached", m_budgetReached}});
    emit progressChanged();
    emit finished();
}

RunProgress RunEngine::progress() const
{
    RunProgress p;
    p.total = m_total;
    p.done = m_done;
    p.failed = m_failed;
    p.running = static_cast<int>(m_active.size());
    p.pending = std::max(0, m_total - m_done - m_failed - p.running);
    p.retries = m_retries;
    p.cost = m_cost;
    p.budgetReached = m_budgetReached;
    p.cancelled = m_cancelled;
    const double seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    if (seconds > 0 && m_doneThisSession > 0) {
        p.cellsPerSecond = m_doneThisSession / seconds;
        p.etaSeconds = (p.pending + p.running) / p.cellsPerSecond;
    }
    return p;
}

} // namespace vr::run
