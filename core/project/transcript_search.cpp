#include "project/transcript_search.h"

#include "project/project_error.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace vr::project {

QString ftsQueryFor(const QString& userText)
{
    // "a phrase" or a run of word characters (letters of any script, digits, apostrophes inside words).
    static const QRegularExpression token(QString::fromUtf8(R"re("([^"]*)"|([\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*))re"));
    QStringList terms;
    for (auto it = token.globalMatch(userText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString term = m.captured(1).isNull() ? m.captured(2) : m.captured(1).simplified();
        if (term.isEmpty()) continue;
        term.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + term + QLatin1Char('"');
    }
    return terms.join(QLatin1Char(' '));
}

QList<TranscriptHit> searchTranscripts(ProjectDatabase& db, const TranscriptQuery& query)
{
    const QString match = ftsQueryFor(query.text);
    if (match.isEmpty()) return {};
    {
        QSqlQuery exists = db.run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'transcript_text'"));
        if (!exists.next() || exists.value(0).toInt() == 0)
            throw ProjectError((db.path() + QStringLiteral(" was made by an older version and is open read-only: open it once with write access "
                                                         "to build its search index."))
                                   .toStdString());
    }
    QString sql = QStringLiteral(
        "SELECT c.run_id, t.id, c.id, json_extract(rs.frozen, '$.name'), rm.model_id, c.sample,"
        " coalesce(s.override_code, s.decision_code),"
        " snippet(transcript_text, 0, char(2), char(3), '…', 16), snippet(transcript_text, 1, char(2), char(3), '…', 16),"
        " snippet(transcript_text, 2, char(2), char(3), '…', 16), bm25(transcript_text)"
        " FROM transcript_text JOIN transcripts t ON t.id = transcript_text.rowid JOIN cells c ON c.id = t.cell_id"
        " JOIN run_scenarios rs ON rs.run_id = c.run_id AND rs.idx = c.scenario_idx"
        " JOIN run_models rm ON rm.run_id = c.run_id AND rm.idx = c.model_idx"
        " LEFT JOIN summaries s ON s.transcript_id = t.id"
        " WHERE transcript_text MATCH ?");
    QVariantList bindings{match};
    if (query.runId > 0) {
        sql += QStringLiteral(" AND c.run_id = ?");
        bindings << query.runId;
    }
    if (!query.model.isEmpty()) {
        sql += QStringLiteral(" AND rm.model_id = ?");
        bindings << query.model;
    }
    if (!query.decision.isEmpty()) {
        sql += QStringLiteral(" AND coalesce(s.override_code, s.decision_code) = ?");
        bindings << query.decision;
    }
    sql += QStringLiteral(" ORDER BY bm25(transcript_text), t.id LIMIT ?");
    bindings << qMax(1, query.limit);
    QSqlQuery q = db.run(sql, bindings);
    QList<TranscriptHit> hits;
    static const char* const fields[] = {"prompt", "answer", "explanation"};
    while (q.next()) {
        TranscriptHit hit;
        hit.runId = q.value(0).toLongLong();
        hit.transcriptId = q.value(1).toLongLong();
        hit.cellId = q.value(2).toLongLong();
        hit.scenario = q.value(3).toString();
        hit.model = q.value(4).toString();
        hit.sample = q.value(5).toInt();
        if (!q.value(6).isNull()) hit.decision = q.value(6).toString();
        // The answer's match first (what a model said is what people search for), then the explanation, then the prompt.
        for (int column : {8, 9, 7}) {
            const QString snippet = q.value(column).toString();
            if (snippet.contains(kMatchStart)) {
                hit.snippet = snippet;
                hit.field = QString::fromLatin1(fields[column - 7]);
                break;
            }
        }
        hit.score = q.value(10).toDouble();
        hits << hit;
    }
    return hits;
}

} // namespace vr::project
