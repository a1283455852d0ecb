#include "project/model_repository.h"

namespace vr::project {
namespace {

const QString kSelect = QStringLiteral("SELECT id, model_id, display_name, cost_input, cost_output, enabled, max_concurrency, parameters FROM models");

ModelEntry fromRow(const QSqlQuery& q)
{
    ModelEntry m;
    m.id = q.value(0).toLongLong();
    m.modelId = q.value(1).toString();
    m.displayName = q.value(2).toString();
    if (!q.value(3).isNull()) m.costInputPerMillion = q.value(3).toDouble();
    if (!q.value(4).isNull()) m.costOutputPerMillion = q.value(4).toDouble();
    m.enabled = q.value(5).toBool();
    m.maxConcurrency = q.value(6).toInt();
    const Json parameters = Json::parse(q.value(7).toString().toStdString(), nullptr, false);
    if (parameters.is_object()) m.parameters = parameters;
    return m;
}

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QString parametersText(const ModelEntry& m)
{
    return QString::fromStdString(m.parameters.is_object() ? m.parameters.dump() : std::string("{}"));
}

} // namespace

QList<ModelEntry> ModelRepository::list()
{
    QSqlQuery q = m_db.run(kSelect + QStringLiteral(" ORDER BY id"));
    QList<ModelEntry> out;
    while (q.next()) out.append(fromRow(q));
    return out;
}

std::optional<ModelEntry> ModelRepository::findByModelId(const QString& modelId)
{
    QSqlQuery q = m_db.run(kSelect + QStringLiteral(" WHERE model_id = ?"), {modelId});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

qint64 ModelRepository::insert(const ModelEntry& m, const QVariant& id)
{
    if (findByModelId(m.modelId)) throw ProjectError(("The model " + m.modelId + " is already in the catalog").toStdString());
    qint64 inserted = 0;
    m_db.transaction([&] {
        QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO models(id, model_id, display_name, cost_input, cost_output, enabled, max_concurrency,"
                                              " parameters) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                               {id, m.modelId, notNull(m.displayName), optional(m.costInputPerMillion), optional(m.costOutputPerMillion), m.enabled,
                                m.maxConcurrency, parametersText(m)});
        inserted = q.lastInsertId().toLongLong();
    });
    return inserted;
}

qint64 ModelRepository::add(const ModelEntry& m)
{
    return insert(m, QVariant(QMetaType(QMetaType::LongLong))); // NULL: SQLite picks the id
}

void ModelRepository::restore(const ModelEntry& m)
{
    insert(m, m.id);
}

void ModelRepository::update(const ModelEntry& m)
{
    m_db.transaction([&] {
        m_db.run(QStringLiteral("UPDATE models SET model_id = ?, display_name = ?, cost_input = ?, cost_output = ?, enabled = ?,"
                                " max_concurrency = ?, parameters = ? WHERE id = ?"),
                 {m.modelId, notNull(m.displayName), optional(m.costInputPerMillion), optional(m.costOutputPerMillion), m.enabled, m.maxConcurrency,
                  parametersText(m), m.id});
    });
}

void ModelRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.run(QStringLiteral("DELETE FROM models WHERE id = ?"), {id}); });
}

ModelEntry ModelRepository::entryFor(const QString& modelId)
{
    if (auto found = findByModelId(modelId)) return *found;
    ModelEntry m;
    m.modelId = modelId;
    return m;
}

} // namespace vr::project
