#include "probe/probe_session.h"

#include "protocol/cost_snapshot.h"
#include "protocol/json_log.h"
#include "protocol/python_format.h"
#include "protocol/run_to_completion.h"
#include "protocol/worker_error.h"


namespace vr::probe {
namespace {

// The reference adds a turn's token count to the total only when it is truthy (null and 0 are skipped).
void addTokens(long long& total, const Json& tokens)
{
    if (tokens.is_number_integer() || tokens.is_number_unsigned()) total += tokens.get<long long>();
    else if (tokens.is_number_float()) total += static_cast<long long>(tokens.get<double>());
}

double priceOf(const Json& modelCost, const char* key)
{
    if (!modelCost.is_object()) return 0.0;
    const auto it = modelCost.find(key);
    return it != modelCost.end() && it->is_number() ? it->get<double>() : 0.0;
}

} // namespace

ProbeSession::ProbeSession(ProbePlan plan, bool stream, llm::HttpTransport* transport, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_stream(stream), m_transport(transport)
{
}

void ProbeSession::start()
{
    if (!m_plan.preamble.empty()) m_history.push_back({"system", m_plan.preamble});
    m_startedAt = isoTimestampNow();
    runTurn();
}

void ProbeSession::cancel()
{
    if (m_finished) return;
    if (m_call) m_call->cancel();
}

void ProbeSession::runTurn()
{
    const PlannedTurn& turn = m_plan.turns[m_next];
    static const JsonLogger log("probe");
    if (turn.turnNumber == 1) log.debug("Executing turn 1", {{"modelId", m_plan.modelId}});
    else log.debug("Executing followup turn", {{"turn", turn.turnNumber}, {"label", turn.label}});
    m_history.push_back({"user", turn.prompt});
    emit turnStarted(turn.turnNumber);
    m_call = new llm::LlmCall(chatRequestFor(m_plan, m_history), m_stream, m_transport, this);
    const int number = turn.turnNumber;
    connect(m_call, &llm::LlmCall::textDelta, this, [this, number](const QString& t) { emit textDelta(number, t); });
    connect(m_call, &llm::LlmCall::retrying, this, [this, number](const llm::RetryEvent& e) { emit retrying(number, e); });
    connect(m_call, &llm::LlmCall::finished, this, &ProbeSession::onCallFinished);
    m_call->start();
}

void ProbeSession::onCallFinished()
{
    llm::LlmCall* call = m_call;
    m_call = nullptr;
    call->deleteLater();
    m_attempts += call->attempts();
    if (!call->succeeded()) {
        m_failure = call->failure();
        m_finished = true;
        emit finished();
        return;
    }
    const llm::ChatResponse& r = call->response();
    if (r.rateLimitRemaining) emit rateLimitReported(*r.rateLimitRemaining, r.rateLimitLimit.value_or(0));
    const PlannedTurn& turn = m_plan.turns[m_next];
    m_history.push_back({"assistant", r.content});
    Json t = Json::object();
    t["turnNumber"] = turn.turnNumber;
    t["promptLabel"] = turn.label;
    t["probePrompt"] = turn.prompt;
    t["targetResponse"] = r.content;
    t["inputTokens"] = r.inputTokens;
    t["outputTokens"] = r.outputTokens;
    t["latencyMs"] = r.latencyMs;
    t["finishReason"] = r.finishReason.empty() ? Json() : Json(r.finishReason);
    t["stopReason"] = r.stopReason.empty() ? Json() : Json(r.stopReason);
    if (!r.reasoning.empty()) t["reasoning"] = r.reasoning;
    if (!r.reasoningTokens.is_null()) t["reasoningTokens"] = r.reasoningTokens;
    if (!r.droppedParameters.empty()) t["droppedParameters"] = r.droppedParameters;
    m_turns.push_back(std::move(t));
    addTokens(m_totalIn, r.inputTokens);
    addTokens(m_totalOut, r.outputTokens);
    addTokens(m_totalReasoning, r.reasoningTokens);
    // Cost and budgets count what is billed: reasoning tokens that a provider reports apart are output too.
    m_totalBilledOut += r.billedOutputTokens();
    if (!isTruthy(m_modelVersion) && isTruthy(r.modelVersion)) m_modelVersion = r.modelVersion;
    if (++m_next < m_plan.turns.size()) {
        runTurn();
        return;
    }
    complete();
}

void ProbeSession::complete()
{
    Json transcript = Json::object();
    transcript["turns"] = std::move(m_turns);
    transcript["totalInputTokens"] = m_totalIn;
    transcript["totalOutputTokens"] = m_totalOut;
    if (m_totalReasoning > 0) transcript["totalReasoningTokens"] = m_totalReasoning;
    transcript["modelVersion"] = m_modelVersion;
    transcript["startedAt"] = m_startedAt;
    transcript["completedAt"] = isoTimestampNow();
    try {
        const Json snapshot = costSnapshot(m_plan.modelCost, m_totalIn, m_totalBilledOut);
        if (!snapshot.is_null()) transcript["costSnapshot"] = snapshot;
        m_transcript = std::move(transcript);
    } catch (...) {
        m_failure = std::current_exception();
    }
    m_finished = true;
    emit finished();
}

double ProbeSession::estimatedCost() const
{
    if (!isTruthy(m_plan.modelCost)) return 0.0;
    return estimateCost(m_totalIn, m_totalBilledOut, priceOf(m_plan.modelCost, "costInputPerMillion"),
                        priceOf(m_plan.modelCost, "costOutputPerMillion"));
}

Json runProbeBlocking(const ProbePlan& plan)
{
    ProbeSession session(plan, plan.stream);
    runToCompletion(session);
    if (!session.succeeded()) std::rethrow_exception(session.failure());
    return session.transcript();
}

} // namespace vr::probe
