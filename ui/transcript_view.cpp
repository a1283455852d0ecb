#include "transcript_view.h"

#include "display_text.h"
namespace vr::ui {
namespace {

QString escapeLines(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString number(const Json& v)
{
    if (v.is_number_integer()) return QString::number(v.get<long long>());
    if (v.is_number()) return QString::number(v.get<double>());
    if (v.is_string()) return QString::fromStdString(v.get<std::string>());
    return QStringLiteral("—");
}

} // namespace

TranscriptView::TranscriptView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setOpenExternalLinks(false);
    setOpenLinks(false);
    // "reasoning:N" links fold a turn's reasoning trace open and shut.
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QLatin1String("reasoning") || !m_shown) return;
        const int turn = url.path().toInt();
        if (m_expandedReasoning.contains(turn)) m_expandedReasoning.remove(turn);
        else m_expandedReasoning.insert(turn);
        render();
    });
}

void TranscriptView::showTranscript(const project::TranscriptRow& row, const QString& scenario, const QString& model)
{
    if (!m_shown || m_shown->transcriptId != row.transcriptId) m_expandedReasoning.clear();
    m_shown = row;
    m_shownScenario = scenario;
    m_shownModel = model;
    render();
}

void TranscriptView::toggleReasoning(int turn)
{
    emit anchorClicked(QUrl(QStringLiteral("reasoning:%1").arg(turn)));
}

void TranscriptView::render()
{
    const project::TranscriptRow& row = *m_shown;
    const QString& scenario = m_shownScenario;
    const QString& model = m_shownModel;
    const Json& t = row.content;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1 — %2, sample %3").arg(scenario.toHtmlEscaped(), model.toHtmlEscaped()).arg(row.sample + 1));
    html += tr("<p>Model version <b>%1</b> · %2 input / %3 output tokens · cost $%4 · %5 → %6</p>")
                .arg(row.modelVersion.isEmpty() ? tr("unknown") : row.modelVersion.toHtmlEscaped())
                .arg(row.inputTokens)
                .arg(row.outputTokens)
                .arg(row.cost, 0, 'f', 6)
                .arg(timestampText(row.startedAt), timestampText(row.completedAt));
    if (row.effectiveCode())
        html += tr("<p>Decision <b>%1</b>%2</p>")
                    .arg(*row.effectiveCode(), row.overrideCode ? tr(" (override; parsed %1)").arg(row.decisionCode.value_or(QStringLiteral("—"))) : QString());
    if (t.contains("turns"))
        for (const Json& turn : t["turns"]) {
            html += QStringLiteral("<hr><p style='color:#555'>%1</p>")
                        .arg(tr("Turn %1 · %2 · %3 in / %4 out tokens · %5 ms · %6")
                                 .arg(number(turn.value("turnNumber", Json())), promptLabelText(QString::fromStdString(turn.value("promptLabel", std::string()))),
                                      number(turn.value("inputTokens", Json())), number(turn.value("outputTokens", Json())),
                                      number(turn.value("latencyMs", Json())), finishReasonText(number(turn.value("finishReason", Json())))));
            if (turn.value("stopReason", Json()) == "length")
                html += QStringLiteral("<p style='color:#8a4b00'>%1</p>").arg(tr("This answer was cut at the token limit (max tokens)."));
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("User"), escapeLines(QString::fromStdString(turn.value("probePrompt", std::string()))));
            const int number = turn.value("turnNumber", 0);
            const QString reasoning = QString::fromStdString(turn.value("reasoning", std::string()));
            if (!reasoning.isEmpty()) {
                const bool open = m_expandedReasoning.contains(number);
                html += QStringLiteral("<p><a href='reasoning:%1'>%2</a></p>")
                            .arg(number)
                            .arg(open ? tr("▾ Hide the model's reasoning") : tr("▸ Show the model's reasoning (%n characters)", nullptr, static_cast<int>(reasoning.size())));
                if (open) html += QStringLiteral("<p style='color:#666; margin-left:16px'>%1</p>").arg(escapeLines(reasoning));
            }
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Model"), escapeLines(QString::fromStdString(turn.value("targetResponse", std::string()))));
        }
    setHtml(html);
}

void TranscriptView::showStreaming(const QString& scenario, const QString& model, const QMap<int, QString>& turns)
{
    m_shown.reset();
    QString html = QStringLiteral("<h3>%1 — %2</h3><p style='color:#8a6d00'>%3</p>").arg(scenario.toHtmlEscaped(), model.toHtmlEscaped(), tr("streaming…"));
    for (auto it = turns.begin(); it != turns.end(); ++it)
        html += QStringLiteral("<hr><p><b>%1</b><br>%2</p>").arg(tr("Turn %1").arg(it.key()), escapeLines(it.value()));
    setHtml(html);
    moveCursor(QTextCursor::End);
}

void TranscriptView::showMessage(const QString& text)
{
    m_shown.reset();
    setHtml(QStringLiteral("<p style='color:#555'>%1</p>").arg(escapeLines(text)));
}

} // namespace vr::ui
