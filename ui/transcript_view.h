#pragma once
// One transcript, readable: every turn's prompt and answer, with tokens, latency, cost, model version and
// finish reason; a turn's reasoning trace folded under a link; answers cut at the token limit flagged; or the
// conversation as it streams in.
#include "project/run_records.h"

#include <QSet>
#include <QTextBrowser>

#include <optional>

namespace vr::ui {

class TranscriptView : public QTextBrowser {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);
    void showTranscript(const project::TranscriptRow& row, const QString& scenario, const QString& model);
    void showStreaming(const QString& scenario, const QString& model, const QMap<int, QString>& turns);
    void showMessage(const QString& text);
    // Opens or closes a turn's reasoning trace (shown folded: the answer is what the decision is read from).
    void toggleReasoning(int turn);

private:
    void render();
    std::optional<project::TranscriptRow> m_shown;
    QString m_shownScenario, m_shownModel;
    QSet<int> m_expandedReasoning;
};

} // namespace vr::ui
