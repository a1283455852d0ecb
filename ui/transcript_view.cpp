#include "transcript_view.h"

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
}

void TranscriptView::showTranscript(const project::TranscriptRow& row, const QString& scenario, const QString& model)
{
    const Json& t = row.content;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1 — %2, sample %3").arg(scenario.toHtmlEscaped(), model.toHtmlEscaped()).arg(row.sample + 1));
    html += tr("<p>Model version <b>%1</b> · %2 input / %3 output tokens · cost $%4 · %5 → %6</p>")
                .arg(row.modelVersion.isEmpty() ? tr("unknown") : row.modelVersion.toHtmlEscaped())
                .arg(row.inputTokens)
                .arg(row.outputTokens)
                .arg(row.cost, 0, 'f', 6)
                .arg(row.startedAt, row.completedAt);
    if (row.effectiveCode())
        html += tr("<p>Decision <b>%1</b>%2</p>")
                    .arg(*row.effectiveCode(), row.overrideCode ? tr(" (override; parsed %1)").arg(row.decisionCode.value_or(QStringLiteral("—"))) : QString());
    if (t.contains("turns"))
        for (const Json& turn : t["turns"]) {
            html += QStringLiteral("<hr><p style='color:#555'>%1</p>")
                        .arg(tr("Turn %1 · %2 · %3 in / %4 out tokens · %5 ms · finish: %6")
                                 .arg(number(turn.value("turnNumber", Json())), QString::fromStdString(turn.value("promptLabel", std::string())),
                             number(turn.value("inputTokens", Json())), number(turn.value("outputTokens", Json())),
                             number(turn.value("latencyMs", Json())), number(turn.value("finishReason", Json()))));
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("User"), escapeLines(QString::fromStdString(turn.value("probePrompt", std::string()))));
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Model"), escapeLines(QString::fromStdString(turn.value("targetResponse", std::string()))));
        }
    setHtml(html);
}

void TranscriptView::showStreaming(const QString& scenario, const QString& model, const QMap<int, QString>& turns)
{
    QString html = QStringLiteral("<h3>%1 — %2</h3><p style='color:#8a6d00'>%3</p>").arg(scenario.toHtmlEscaped(), model.toHtmlEscaped(), tr("streaming…"));
    for (auto it = turns.begin(); it != turns.end(); ++it)
        html += QStringLiteral("<hr><p><b>%1</b><br>%2</p>").arg(tr("Turn %1").arg(it.key()), escapeLines(it.value()));
    setHtml(html);
    moveCursor(QTextCursor::End);
}

void TranscriptView::showMessage(const QString& text)
{
    setHtml(QStringLiteral("<p style='color:#555'>%1</p>").arg(text.toHtmlEscaped()));
}

} // namespace vr::ui
