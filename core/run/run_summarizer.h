#pragma once
// Summarizes a run: every transcript gets its decision code from core/summarize (structured-v1 by default) and,
// when a summary model is named, an explanation from it (several calls at a time). Stored as they arrive.
#include "project/project.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>

namespace vr::llm {
class HttpTransport;
class LlmCall;
}

namespace vr::run {

struct SummarizeOptions {
    QString parser = QStringLiteral("structured-v2"); // or "structured-v1", "legacy"
    QString explanationModel;                         // empty: decision codes only, no calls
    bool again = false;                               // re-parse transcripts that already have a summary
    int concurrency = 8;
};

class RunSummarizer : public QObject {
    Q_OBJECT
public:
    // Holds `project` open until the summarizer is destroyed.
    RunSummarizer(project::SharedProject project, qint64 runId, SummarizeOptions options, QObject* parent = nullptr);
    ~RunSummarizer() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    int explanationFailures() const { return m_failures; }

signals:
    void progressChanged(int done, int total);
    void finished();

private:
    struct Item {
        qint64 transcriptId;
        std::string code;
        Json metadata;
        std::string prompt;
    };
    void pump();
    void store(const Item& item, const QString& text);
    void finishIfIdle();

    const project::SharedProject m_keepOpen;
    project::Project& m_project; // *m_keepOpen
    qint64 m_runId;
    SummarizeOptions m_options;
    std::deque<Item> m_queue;
    int m_inFlight = 0, m_total = 0, m_done = 0, m_failures = 0;
    std::unique_ptr<llm::HttpTransport> m_transport;
    bool m_cancelled = false, m_finished = false;
};

} // namespace vr::run
