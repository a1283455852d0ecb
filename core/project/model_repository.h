#pragma once
// The project's model catalog.
#include "project/model_entry.h"
#include "project/project_database.h"

#include <QList>

namespace vr::project {

class ModelRepository {
public:
    explicit ModelRepository(ProjectDatabase& db) : m_db(db) {}

    QList<ModelEntry> list();
    std::optional<ModelEntry> findByModelId(const QString& modelId);
    qint64 add(const ModelEntry& model); // throws ProjectError when the id is already in the catalog
    // Puts a removed entry back under its own id (undo), so it keeps its place and what refers to it.
    void restore(const ModelEntry& model);
    void update(const ModelEntry& model);
    void remove(qint64 id);
    // The catalog entry of a model id, or a new enabled entry without prices when it is not in the catalog.
    ModelEntry entryFor(const QString& modelId);

private:
    qint64 insert(const ModelEntry& model, const QVariant& id);
    ProjectDatabase& m_db;
};

} // namespace vr::project
