#pragma once
// Runs the unfinished cells of a run: each cell is one probe (core/probe) of one frozen scenario on one model
// with its own seed (run seed + sample index), scheduled per provider with adaptive concurrency; every finished
// transcript is committed the moment it arrives. Cancel at any time; a rerun fills only what is missing.
#include "llm/llm_call.h"
#include "project/project.h"
#include "run/provider_throttle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <map>
#include <memory>

namespace vr::llm {
class HttpTransport;
}
namespace vr::probe {
class ProbeSession;
}

namespace vr::run {

struct RunProgress {
    int total = 0;      // cells in the run
    int done = 0;       // with a transcript (including earlier sessions)
    int failed = 0;
    int running = 0;
    int pending = 0;
    int retries = 0;    // retries seen in this session
    double cost = 0.0;  // of every transcript of the run
    double cellsPerSecond = 0.0;
    double etaSeconds = -1; // unknown until the first cell finishes
    bool budgetReached = false;
    bool cancelled = false;
};

class RunEngine : public QObject {
    Q_OBJECT
public:
    // Holds `project` open until the engine is destroyed.
    RunEngine(project::SharedProject project, qint64 runId, QObject* parent = nullptr);
    ~RunEngine() override;

    // Stream each turn's text as it arrives (the GUI's live view); the stored transcript is the same.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    // Give each transcript its decision code with this parser ("structured-v2", …) in the transaction that stores
    // it, so decisions show while the run goes on; empty (the default): leave summarizing to RunSummarizer.
    // Throws std::invalid_argument for a parser that does not exist.
    void setSummarizeParser(const QString& parser);
    void start();
    // Stops starting cells and cancels those in flight; they go back to pending for the next run.
    void cancel();
    bool isFinished() const { return m_finished; }
    RunProgress progress() const;
    qint64 runId() const { return m_runId; }
    // The concurrency a provider is allowed right now (for display and tests).
    int providerLimit(const QString& provider) const;

signals:
    void cellStarted(qint64 cellId);
    void cellFinished(qint64 cellId, bool succeeded);
    void textDelta(qint64 cellId, int turn, const QString& text);
    void retrying(qint64 cellId, const vr::llm::RetryEvent& event);
    void progressChanged();
    void finished();

private:
    struct PendingCell {
        project::CellRecord cell;
        QString provider;
    };
    struct Active {
        qint64 cellId;
        QString provider;
        probe::ProbeSession* session;
    };

    void schedule();
    void startCell(const PendingCell& cell);
    void onSessionFinished(probe::ProbeSession* session);
    void finishIfIdle();
    // Stores why a cell failed (the error's code and message) and counts it.
    void recordFailure(qint64 cellId, std::exception_ptr failure);
    ProviderThrottle& throttle(const QString& provider);

    const project::SharedProject m_keepOpen;
    project::Project& m_project; // *m_keepOpen
    qint64 m_runId;
    project::RunConfig m_config;
    QList<project::Scenario> m_scenarios;
    QList<project::ModelEntry> m_models;
    std::map<QString, std::deque<PendingCell>> m_queues; // per provider
    std::map<QString, std::unique_ptr<ProviderThrottle>> m_throttles;
    QHash<probe::ProbeSession*, Active> m_active;
    std::unique_ptr<llm::HttpTransport> m_transport;
    QElapsedTimer m_clock;
    int m_total = 0, m_done = 0, m_failed = 0, m_doneThisSession = 0, m_retries = 0;
    double m_cost = 0.0;
    bool m_streaming = false;
    QString m_summarizeParser;
    bool m_cancelled = false;
    bool m_budgetReached = false;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace vr::run
