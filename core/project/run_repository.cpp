#include "project/run_repository.h"

#include "protocol/python_format.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace vr::project {
namespace {

QString now()
{
    return QString::fromStdString(isoTimestampNow());
}

QString dumpJson(const Json& j)
{
    return QString::fromStdString(j.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace));
}

Json parseJson(const QVariant& v)
{
    return Json::parse(v.toString().toStdString(), nullptr, false);
}

// The scenarios a run asks: as written, then (counterbalanced) the mirror of each that declares options.
QList<Scenario> withMirrors(const QList<Scenario>& scenarios, bool counterbalance)
{
    QList<Scenario> asked = scenarios;
    if (!counterbalance) return asked;
    for (const Scenario& s : scenarios) {
        if (!s.options) continue;
        Scenario mirror = s.mirrored();
        mirror.name = s.name + QStringLiteral(" (mirrored)");
        asked << mirror;
    }
    return asked;
}

// The index among `scenarios` of the n-th one that declares options (the one the n-th mirror mirrors).
int mirroredIndex(const QList<Scenario>& scenarios, qsizetype n)
{
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].options && n-- == 0) return int(i);
    return -1;
}

// The identity of one sample of one scenario on one model under one configuration: repeats differ by sample.
QString cacheKey(const Json& frozenScenario, const QString& modelId, const RunConfig& c, int sample)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::fromStdString(frozenScenario.dump()));
    hash.addData(modelId.toUtf8());
    hash.addData((c.temperature ? QByteArray::number(*c.temperature) : QByteArray("none")) + '|' + QByteArray::number(c.maxTokens) + '|' + QByteArray::number(c.maxTurns) + '|'
                 + QByteArray::number(c.seed) + '|' + QByteArray::number(sample));
    return QString::fromLatin1(hash.result().toHex());
}

CellRecord cellFromRow(const QSqlQuery& q)
{
    CellRecord c;
    c.id = q.value(0).toLongLong();
    c.runId = q.value(1).toLongLong();
    c.scenarioIndex = q.value(2).toInt();
    c.modelIndex = q.value(3).toInt();
    c.sample = q.value(4).toInt();
    c.state = cellStateFromName(q.value(5).toString());
    c.attempts = q.value(6).toInt();
    c.errorCode = q.value(7).toString();
    c.errorMessage = q.value(8).toString();
    return c;
}

// A transcript one of whose turns stopped at max tokens (its JSON is stored compact).
const QString kCutAtTokenLimit = QStringLiteral("t.content LIKE '%\"stopReason\":\"length\"%'");

const QString kCellColumns = QStringLiteral("id, run_id, scenario_idx, model_idx, sample, state, attempts, error_code, error_message");

const QString kTranscriptSelect = QStringLiteral(
    "SELECT t.id, c.id, c.scenario_idx, c.model_idx, c.sample, %1, t.input_tokens, t.output_tokens, t.cost, t.model_version,"
    " t.started_at, t.completed_at, s.decision_code, s.override_code, s.decision_text, s.metadata, %2"
    " FROM transcripts t JOIN cells c ON c.id = t.cell_id LEFT JOIN summaries s ON s.transcript_id = t.id");

QString transcriptSelect(bool withContent)
{
    return kTranscriptSelect.arg(withContent ? QStringLiteral("t.content") : QStringLiteral("NULL"), kCutAtTokenLimit);
}

TranscriptRow transcriptFromRow(const QSqlQuery& q)
{
    TranscriptRow r;
    r.transcriptId = q.value(0).toLongLong();
    r.cellId = q.value(1).toLongLong();
    r.scenarioIndex = q.value(2).toInt();
    r.modelIndex = q.value(3).toInt();
    r.sample = q.value(4).toInt();
    if (!q.value(5).isNull()) r.content = parseJson(q.value(5));
    r.inputTokens = q.value(6).toLongLong();
    r.outputTokens = q.value(7).toLongLong();
    r.cost = q.value(8).toDouble();
    r.modelVersion = q.value(9).toString();
    r.startedAt = q.value(10).toString();
    r.completedAt = q.value(11).toString();
    if (!q.value(12).isNull()) r.decisionCode = q.value(12).toString();
    if (!q.value(13).isNull()) r.overrideCode = q.value(13).toString();
    r.decisionText = q.value(14).toString();
    r.decisionMetadata = q.value(15).isNull() ? Json() : parseJson(q.value(15));
    r.cutAtTokenLimit = q.value(16).toBool();
    return r;
}

} // namespace

qint64 RunRepository::create(const RunConfig& config, const QList<Scenario>& scenarios, const QList<ModelEntry>& models)
{
    qint64 runId = 0;
    m_db.transaction([&] {
        QSqlQuery run = m_db.run(QStringLiteral("INSERT INTO runs(name, created_at, config) VALUES(?, ?, ?)"),
                                 {notNull(config.name), now(), dumpJson(config.toJson())});
        runId = run.lastInsertId().toLongLong();
        std::vector<Json> frozenScenarios;
        const QList<Scenario> asked = withMirrors(scenarios, config.counterbalance);
        for (qsizetype i = 0; i < asked.size(); ++i) {
            Json frozen = asked[i].toJson();
            frozen["id"] = asked[i].id;
            if (i >= scenarios.size()) frozen["mirrorOf"] = mirroredIndex(scenarios, i - scenarios.size());
            frozenScenarios.push_back(frozen);
            m_db.run(QStringLiteral("INSERT INTO run_scenarios(run_id, idx, scenario_id, frozen) VALUES(?, ?, ?, ?)"),
                     {runId, qint64(i), asked[i].id, dumpJson(frozen)});
        }
        for (qsizetype i = 0; i < models.size(); ++i)
            m_db.run(QStringLiteral("INSERT INTO run_models(run_id, idx, model_id, frozen) VALUES(?, ?, ?, ?)"),
                     {runId, qint64(i), models[i].modelId, dumpJson(models[i].toJson())});
        QSqlQuery insert(m_db.database());
        insert.prepare(QStringLiteral("INSERT INTO cells(run_id, scenario_idx, model_idx, sample, cache_key, updated_at) VALUES(?, ?, ?, ?, ?, ?)"));
        const QString created = now();
        for (qsizetype s = 0; s < asked.size(); ++s)
            for (qsizetype m = 0; m < models.size(); ++m)
                for (int sample = 0; sample < config.samples; ++sample) {
                    insert.addBindValue(runId);
                    insert.addBindValue(qint64(s));
                    insert.addBindValue(qint64(m));
                    insert.addBindValue(sample);
                    insert.addBindValue(cacheKey(frozenScenarios[static_cast<size_t>(s)], models[m].modelId, config, sample));
                    insert.addBindValue(created);
                    if (!insert.exec()) throw ProjectError(("Cannot create the run's cells: " + insert.lastError().text()).toStdString());
                }
    });
    return runId;
}

QList<RunSummary> RunRepository::list()
{
    QList<RunSummary> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id FROM runs ORDER BY id"));
    QList<qint64> ids;
    while (q.next()) ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (auto s = summary(id)) out << *s;
    return out;
}

std::optional<RunSummary> RunRepository::summary(qint64 runId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, name, created_at, config FROM runs WHERE id = ?"), {runId});
    if (!q.next()) return std::nullopt;
    RunSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.createdAt = q.value(2).toString();
    s.config = RunConfig::fromJson(parseJson(q.value(3)));
    QSqlQuery counts = m_db.run(QStringLiteral("SELECT state, count(*) FROM cells WHERE run_id = ? GROUP BY state"), {runId});
    while (counts.next()) {
        const int n = counts.value(1).toInt();
        s.cells += n;
        switch (cellStateFromName(counts.value(0).toString())) {
        case CellState::Pending: s.pending += n; break;
        case CellState::Running: s.running += n; break;
        case CellState::Done: s.done += n; break;
        case CellState::Failed: s.failed += n; break;
        }
    }
    QSqlQuery cost = m_db.run(QStringLiteral("SELECT coalesce(sum(t.cost), 0), count(s.id) FROM transcripts t JOIN cells c ON c.id = t.cell_id"
                                             " LEFT JOIN summaries s ON s.transcript_id = t.id WHERE c.run_id = ?"),
                              {runId});
    if (cost.next()) {
        s.cost = cost.value(0).toDouble();
        s.summarized = cost.value(1).toInt();
    }
    QSqlQuery dims = m_db.run(QStringLiteral("SELECT (SELECT count(*) FROM run_scenarios WHERE run_id = ? AND json_extract(frozen, '$.mirrorOf') IS NULL), (SELECT count(*) FROM run_models"
                                             " WHERE run_id = ?), (SELECT count(*) FROM analyses WHERE run_id = ?),"
                                             " (SELECT json_extract(output, '$.detectableDifference.value') FROM analyses"
                                             "  WHERE run_id = ? AND filter = '{}' ORDER BY id DESC LIMIT 1)"),
                              {runId, runId, runId, runId});
    if (dims.next()) {
        s.scenarioCount = dims.value(0).toInt();
        s.modelCount = dims.value(1).toInt();
        s.hasAnalysis = dims.value(2).toInt() > 0;
        if (!dims.value(3).isNull()) s.detectableDifference = dims.value(3).toDouble();
    }
    return s;
}

QList<Scenario> RunRepository::scenarios(qint64 runId)
{
    QList<Scenario> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT frozen FROM run_scenarios WHERE run_id = ? ORDER BY idx"), {runId});
    while (q.next()) {
        const Json frozen = parseJson(q.value(0));
        Scenario s;
        try {
            s = Scenario::fromJson(frozen);
        } catch (const std::exception&) {
            s.name = QString::fromStdString(frozen.value("name", std::string("(unreadable)")));
        }
        s.id = frozen.value("id", 0LL);
        out << s;
    }
    return out;
}

QList<int> RunRepository::mirrorOf(qint64 runId)
{
    QList<int> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT coalesce(json_extract(frozen, '$.mirrorOf'), -1) FROM run_scenarios WHERE run_id = ? ORDER BY idx"),
                           {runId});
    while (q.next()) out << q.value(0).toInt();
    return out;
}

QList<ModelEntry> RunRepository::models(qint64 runId)
{
    QList<ModelEntry> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT frozen FROM run_models WHERE run_id = ? ORDER BY idx"), {runId});
    while (q.next()) out << ModelEntry::fromJson(parseJson(q.value(0)));
    return out;
}

void RunRepository::updateConfig(qint64 runId, const RunConfig& config)
{
    m_db.transaction([&] { m_db.run(QStringLiteral("UPDATE runs SET config = ? WHERE id = ?"), {dumpJson(config.toJson()), runId}); });
}

void RunRepository::remove(qint64 runId)
{
    m_db.transaction([&] { m_db.run(QStringLiteral("DELETE FROM runs WHERE id = ?"), {runId}); });
}

QList<CellRecord> RunRepository::cells(qint64 runId)
{
    QList<CellRecord> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM cells WHERE run_id = ? ORDER BY scenario_idx, model_idx, sample").arg(kCellColumns), {runId});
    while (q.next()) out << cellFromRow(q);
    return out;
}

std::optional<CellRecord> RunRepository::cell(qint64 cellId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM cells WHERE id = ?").arg(kCellColumns), {cellId});
    if (!q.next()) return std::nullopt;
    return cellFromRow(q);
}

QList<CellRecord> RunRepository::unfinishedCells(qint64 runId)
{
    QList<CellRecord> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM cells WHERE run_id = ? AND state != 'done' ORDER BY scenario_idx, model_idx, sample")
                               .arg(kCellColumns),
                           {runId});
    while (q.next()) out << cellFromRow(q);
    return out;
}

void RunRepository::markRunning(qint64 cellId)
{
    m_db.transaction([&] {
        m_db.run(QStringLiteral("UPDATE cells SET state = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?"), {now(), cellId});
    });
}

qint64 RunRepository::complete(qint64 cellId, const Json& transcript, double cost)
{
    qint64 id = 0;
    m_db.transaction([&] {
        m_db.run(QStringLiteral("DELETE FROM transcripts WHERE cell_id = ?"), {cellId});
        QSqlQuery q = m_db.run(
            QStringLiteral("INSERT INTO transcripts(cell_id, content, input_tokens, output_tokens, cost, model_version, started_at, completed_at)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {cellId, dumpJson(transcript), qint64(transcript.value("totalInputTokens", 0LL)), qint64(transcript.value("totalOutputTokens", 0LL)),
             cost, transcript.contains("modelVersion") && transcript["modelVersion"].is_string() ? QString::fromStdString(transcript["modelVersion"].get<std::string>()) : QString(),
             QString::fromStdString(transcript.value("startedAt", std::string())), QString::fromStdString(transcript.value("completedAt", std::string()))});
        id = q.lastInsertId().toLongLong();
        m_db.run(QStringLiteral("UPDATE cells SET state = 'done', error_code = NULL, error_message = NULL, updated_at = ? WHERE id = ?"),
                 {now(), cellId});
    });
    return id;
}

int RunRepository::truncatedTranscripts(qint64 runId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(*) FROM transcripts t JOIN cells c ON c.id = t.cell_id WHERE c.run_id = ? AND ")
                               + kCutAtTokenLimit,
                           {runId});
    return q.next() ? q.value(0).toInt() : 0;
}

QList<FailureGroup> RunRepository::failureGroups(qint64 runId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT coalesce(c.error_code, 'UNKNOWN'), m.model_id, count(*), max(c.error_message) FROM cells c"
                                          " JOIN run_models m ON m.run_id = c.run_id AND m.idx = c.model_idx"
                                          " WHERE c.run_id = ? AND c.state = 'failed' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
                           {runId});
    QList<FailureGroup> groups;
    while (q.next()) groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return groups;
}

void RunRepository::fail(qint64 cellId, const QString& code, const QString& message)
{
    m_db.transaction([&] {
        m_db.run(QStringLiteral("UPDATE cells SET state = 'failed', error_code = ?, error_message = ?, updated_at = ? WHERE id = ?"),
                 {code, message, now(), cellId});
    });
}

int RunRepository::resetInterrupted(qint64 runId)
{
    int changed = 0;
    m_db.transaction([&] {
        QSqlQuery q = m_db.run(QStringLiteral("UPDATE cells SET state = 'pending' WHERE run_id = ? AND state = 'running'"), {runId});
        changed = q.numRowsAffected();
    });
    return changed;
}

QList<TranscriptRow> RunRepository::transcripts(qint64 runId, bool withContent)
{
    QList<TranscriptRow> out;
    QSqlQuery q = m_db.run(transcriptSelect(withContent) + QStringLiteral(" WHERE c.run_id = ? ORDER BY c.scenario_idx, c.model_idx, c.sample"), {runId});
    while (q.next()) out << transcriptFromRow(q);
    return out;
}

std::optional<TranscriptRow> RunRepository::transcriptOfCell(qint64 cellId)
{
    QSqlQuery q = m_db.run(transcriptSelect(true) + QStringLiteral(" WHERE c.id = ?"), {cellId});
    if (!q.next()) return std::nullopt;
    return transcriptFromRow(q);
}

void RunRepository::storeSummary(qint64 transcriptId, const QString& code, const QString& text, const Json& metadata)
{
    m_db.transaction([&] {
        // A new parse replaces the parsed code and keeps any manual override.
        m_db.run(QStringLiteral("INSERT INTO summaries(transcript_id, decision_code, decision_text, metadata, summarized_at) VALUES(?, ?, ?, ?, ?)"
                                " ON CONFLICT(transcript_id) DO UPDATE SET decision_code = excluded.decision_code,"
                                " decision_text = excluded.decision_text, metadata = excluded.metadata, summarized_at = excluded.summarized_at"),
                 {transcriptId, code, text, dumpJson(metadata), now()});
    });
}

void RunRepository::setOverride(qint64 transcriptId, const std::optional<QString>& code, const QString& note)
{
    m_db.transaction([&] {
        QSqlQuery q = m_db.run(QStringLiteral("UPDATE summaries SET override_code = ?, override_note = ? WHERE transcript_id = ?"),
                               {code ? QVariant(*code) : QVariant(QMetaType(QMetaType::QString)), note, transcriptId});
        if (q.numRowsAffected() == 0)
            m_db.run(QStringLiteral("INSERT INTO summaries(transcript_id, decision_code, override_code, override_note, summarized_at)"
                                    " VALUES(?, 'other', ?, ?, ?)"),
                     {transcriptId, code ? QVariant(*code) : QVariant(QMetaType(QMetaType::QString)), note, now()});
    });
}

qint64 RunRepository::storeAnalysis(qint64 runId, const std::string& output, const Json& filter, const QString& inputs)
{
    qint64 id = 0;
    m_db.transaction([&] {
        QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO analyses(run_id, created_at, output, filter, inputs) VALUES(?, ?, ?, ?, ?)"),
                               {runId, now(), QString::fromStdString(output), dumpJson(filter),
                                inputs.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(inputs)});
        id = q.lastInsertId().toLongLong();
    });
    return id;
}

QString RunRepository::decisionsFingerprint(qint64 runId)
{
    // Sums weighted by the transcript id: any one code, override or transcript that changes changes them.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(t.id), count(s.id), total(t.id * unicode(coalesce(s.override_code, s.decision_code))),"
                                          " total(t.id * t.id % 1000003 * length(coalesce(s.override_code, s.decision_code))), total(t.id)"
                                          " FROM transcripts t JOIN cells c ON c.id = t.cell_id LEFT JOIN summaries s ON s.transcript_id = t.id"
                                          " WHERE c.run_id = ?"),
                           {runId});
    q.next();
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toDouble(), 0, 'g', 17)
        .arg(q.value(3).toDouble(), 0, 'g', 17)
        .arg(q.value(4).toDouble(), 0, 'g', 17);
}

std::optional<QString> RunRepository::latestAnalysisInputs(qint64 runId, const Json& filter)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT inputs FROM analyses WHERE run_id = ? AND filter = ? ORDER BY id DESC LIMIT 1"),
                           {runId, dumpJson(filter)});
    if (!q.next() || q.value(0).isNull()) return std::nullopt;
    return q.value(0).toString();
}

std::optional<std::string> RunRepository::latestAnalysis(qint64 runId, const Json& filter)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT output FROM analyses WHERE run_id = ? AND filter = ? ORDER BY id DESC LIMIT 1"),
                           {runId, dumpJson(filter)});
    if (!q.next()) return std::nullopt;
    return q.value(0).toString().toStdString();
}

} // namespace vr::project
