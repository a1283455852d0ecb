#include "run/run_summarizer.h"

#include "llm/http_transport.h"
#include "llm/llm_call.h"
#include "protocol/worker_error.h"
#include "summarize/explanation.h"
#include "summarize/decision_parsers.h"
#include "run/transcript_turns.h"

#include <QTimer>

namespace vr::run {

RunSummarizer::RunSummarizer(project::SharedProject project, qint64 runId, SummarizeOptions options, QObject* parent)
    : QObject(parent), m_keepOpen(std::move(project)), m_project(*m_keepOpen), m_runId(runId), m_options(std::move(options))
{
}

RunSummarizer::~RunSummarizer() = default;

void RunSummarizer::start()
{
    for (const project::TranscriptRow& row : m_project.runs().transcripts(m_runId)) {
        if (row.decisionCode && !m_options.again) continue;
        const std::vector<summarize::TranscriptTurn> turns = transcriptTurns(row.content);
        const summarize::Decision decision = summarize::parseDecision(turns, m_options.parser.toStdString());
        m_queue.push_back({row.transcriptId, decision.code, decision.metadata(), summarize::buildExplanationPrompt(turns)});
    }
    m_total = static_cast<int>(m_queue.size());
    m_transport = std::make_unique<llm::HttpTransport>(m_options.concurrency, this);
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfIdle();
    });
}

void RunSummarizer::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    finishIfIdle();
}

void RunSummarizer::store(const Item& item, const QString& text)
{
    m_project.runs().storeSummary(item.transcriptId, QString::fromStdString(item.code), text, item.metadata);
    ++m_done;
    emit progressChanged(m_done, m_total);
}

void RunSummarizer::pump()
{
    if (m_options.explanationModel.isEmpty()) {
        // Decision codes only: all in one go, each stored as it is parsed.
        while (!m_queue.empty() && !m_cancelled) {
            store(m_queue.front(), QString());
            m_queue.pop_front();
        }
        return;
    }
    while (!m_queue.empty() && m_inFlight < m_options.concurrency && !m_cancelled) {
        const Item item = m_queue.front();
        m_queue.pop_front();
        llm::ChatRequest request;
        request.modelId = m_options.explanationModel.toStdString();
        request.messages = {{"user", item.prompt}};
        request.temperature = 0.0;
        request.maxTokens = 150;
        auto* call = new llm::LlmCall(request, false, m_transport.get(), this);
        ++m_inFlight;
        connect(call, &llm::LlmCall::finished, this, [this, call, item] {
            --m_inFlight;
            call->deleteLater();
            Item stored = item;
            QString text;
            if (call->succeeded()) {
                text = QString::fromStdString(summarize::tidyExplanation(call->response().content));
            } else {
                const WorkerError e = call->failureAsWorkerError();
                text = QStringLiteral("LLM error: ") + QString::fromStdString(e.message());
                stored.metadata["explanationError"] = {{"code", std::string(errorCodeName(e.code()))}, {"message", e.message()}, {"retryable", e.retryable()}};
                ++m_failures;
            }
            if (!m_cancelled) store(stored, text);
            pump();
            finishIfIdle();
        });
        call->start();
    }
}

void RunSummarizer::finishIfIdle()
{
    if (m_finished || m_inFlight > 0 || (!m_queue.empty() && !m_cancelled)) return;
    m_finished = true;
    emit finished();
}

} // namespace vr::run
