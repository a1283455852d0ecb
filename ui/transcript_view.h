#pragma once
// One transcript, readable: every turn's prompt and answer, with tokens, latency, cost, model version and
// finish reason; or the conversation as it streams in.
#include "project/run_records.h"

#include <QTextBrowser>

namespace vr::ui {

class TranscriptView : public QTextBrowser {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);
    void showTranscript(const project::TranscriptRow& row, const QString& scenario, const QString& model);
    void showStreaming(const QString& scenario, const QString& model, const QMap<int, QString>& turns);
    void showMessage(const QString& text);
};

} // namespace vr::ui
