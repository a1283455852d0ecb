#include "project/scenario_repository.h"

#include "protocol/python_format.h"

namespace vr::project {
namespace {

QString dumpField(const Json& j)
{
    return QString::fromStdString(j.dump());
}

Scenario fromRow(const QSqlQuery& q)
{
    Json stored = {{"name", q.value(1).toString().toStdString()}, {"preamble", q.value(2).toString().toStdString()},
                   {"prompt", q.value(3).toString().toStdString()}};
    Scenario s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.preamble = q.value(2).toString();
    s.prompt = q.value(3).toString();
    const Json followups = Json::parse(q.value(4).toString().toStdString(), nullptr, false);
    if (followups.is_array())
        for (const Json& f : followups)
            s.followups.append({QString::fromStdString(f.value("label", std::string())), QString::fromStdString(f.value("prompt", std::string()))});
    const Json dimensions = Json::parse(q.value(5).toString().toStdString(), nullptr, false);
    if (dimensions.is_object())
        for (auto it = dimensions.begin(); it != dimensions.end(); ++it)
            if (it.value().is_number()) s.dimensions.append({QString::fromStdString(it.key()), it.value().get<double>()});
    const Json tags = Json::parse(q.value(6).toString().toStdString(), nullptr, false);
    if (tags.is_array())
        for (const Json& t : tags)
            if (t.is_string()) s.tags << QString::fromStdString(t.get<std::string>());
    if (!q.value(7).isNull()) {
        // Written by columns() below, so readable; a hand-edited value that is not is dropped, not fatal.
        try {
            s.options = ScenarioOptions::readFrom(Json::parse(q.value(7).toString().toStdString(), nullptr, false));
        } catch (const std::exception&) {
            s.options.reset();
        }
    }
    return s;
}

// The `options` column (schema 6): {optionA, optionB, scaleLabels}, or NULL for a free-text scenario.
QVariant optionsColumn(const Scenario& s)
{
    if (!s.options) return QVariant(QMetaType(QMetaType::QString));
    Json j = Json::object();
    s.options->writeTo(j);
    return dumpField(j);
}

QVariantList columns(const Scenario& s)
{
    const Json j = s.toJson();
    return {notNull(s.name), notNull(s.preamble), notNull(s.prompt), dumpField(j["followups"]), dumpField(j["dimensions"]), dumpField(j["tags"]),
            optionsColumn(s), QString::fromStdString(isoTimestampNow())};
}

const QString kSelect = QStringLiteral("SELECT id, name, preamble, prompt, followups, dimensions, tags, options FROM scenarios");

} // namespace

QList<Scenario> ScenarioRepository::list()
{
    QSqlQuery q = m_db.run(kSelect + QStringLiteral(" ORDER BY position, id"));
    QList<Scenario> out;
    while (q.next()) out.append(fromRow(q));
    return out;
}

std::optional<Scenario> ScenarioRepository::find(qint64 id)
{
    QSqlQuery q = m_db.run(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

qint64 ScenarioRepository::add(const Scenario& scenario)
{
    return addAll({scenario}).value(0);
}

QList<qint64> ScenarioRepository::addAll(const QList<Scenario>& scenarios)
{
    QList<qint64> ids;
    m_db.transaction([&] {
        QSqlQuery last = m_db.run(QStringLiteral("SELECT coalesce(max(position), -1) FROM scenarios"));
        qint64 position = last.next() ? last.value(0).toLongLong() : -1;
        for (const Scenario& s : scenarios) {
            QVariantList values{++position};
            values += columns(s);
            QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO scenarios(position, name, preamble, prompt, followups, dimensions, tags, options,"
                                                  " updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   values);
            ids.append(q.lastInsertId().toLongLong());
        }
    });
    return ids;
}

void ScenarioRepository::restore(const Scenario& scenario)
{
    m_db.transaction([&] {
        QSqlQuery last = m_db.run(QStringLiteral("SELECT coalesce(max(position), -1) FROM scenarios"));
        QVariantList values{scenario.id, (last.next() ? last.value(0).toLongLong() : -1) + 1};
        values += columns(scenario);
        m_db.run(QStringLiteral("INSERT INTO scenarios(id, position, name, preamble, prompt, followups, dimensions, tags, options,"
                                " updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values);
    });
}

void ScenarioRepository::update(const Scenario& scenario)
{
    QVariantList values = columns(scenario);
    values.append(scenario.id);
    m_db.transaction([&] {
        m_db.run(QStringLiteral("UPDATE scenarios SET name = ?, preamble = ?, prompt = ?, followups = ?, dimensions = ?, tags = ?,"
                                " options = ?, updated_at = ? WHERE id = ?"),
                 values);
    });
}

void ScenarioRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.run(QStringLiteral("DELETE FROM scenarios WHERE id = ?"), {id}); });
}

void ScenarioRepository::reorder(const QList<qint64>& idsInOrder)
{
    m_db.transaction([&] {
        for (qsizetype i = 0; i < idsInOrder.size(); ++i)
            m_db.run(QStringLiteral("UPDATE scenarios SET position = ? WHERE id = ?"), {qint64(i), idsInOrder[i]});
    });
}

} // namespace vr::project
