#pragma once
// One multi-turn probe of one scenario against one model (docs/worker-protocol.md): turn 1, then each
// planned follow-up over the whole history; the transcript only when every turn succeeded. Asynchronous, so
// the run engine can drive many at once and show text as it streams; the worker waits for it in an event loop.
#include "llm/llm_call.h"
#include "probe/probe_plan.h"

#include <QObject>

#include <exception>
#include <optional>

namespace vr::probe {

class ProbeSession : public QObject {
    Q_OBJECT
public:
    ProbeSession(ProbePlan plan, bool stream, llm::HttpTransport* transport = nullptr, QObject* parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_transcript.has_value(); }
    // {"turns", "totalInputTokens", "totalOutputTokens", "modelVersion", "startedAt", "completedAt", ["costSnapshot"]}
    const Json& transcript() const { return *m_transcript; }
    std::exception_ptr failure() const { return m_failure; }
    const ProbePlan& plan() const { return m_plan; }
    int attempts() const { return m_attempts; }
    // Estimated cost so far (for run budgets), from modelCost when given.
    double estimatedCost() const;

signals:
    void turnStarted(int turnNumber);
    void textDelta(int turnNumber, const QString& text);
    void retrying(int turnNumber, const vr::llm::RetryEvent& event);
    // The provider reported how many requests it still allows (rate-limit headers).
    void rateLimitReported(long long remaining, long long limit);
    void finished();

private:
    void runTurn();
    void onCallFinished();
    void complete();

    ProbePlan m_plan;
    bool m_stream;
    llm::HttpTransport* m_transport;
    std::vector<llm::ChatMessage> m_history;
    Json m_turns = Json::array();
    size_t m_next = 0;
    llm::LlmCall* m_call = nullptr;
    std::string m_startedAt;
    long long m_totalIn = 0, m_totalOut = 0, m_totalReasoning = 0;
    long long m_totalBilledOut = 0; // output plus reasoning billed apart (xAI, Gemini)
    Json m_modelVersion;
    int m_attempts = 0;
    bool m_finished = false;
    std::optional<Json> m_transcript;
    std::exception_ptr m_failure;
};

// Runs a probe to completion in a local event loop (the worker's path); throws the failure.
Json runProbeBlocking(const ProbePlan& plan);

} // namespace vr::probe
