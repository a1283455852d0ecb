#include "model_catalog_model.h"

#include "edit_commands.h"
#include "llm/model_route.h"
#include "project_session.h"

namespace vr::ui {

ModelCatalogModel::ModelCatalogModel(ProjectSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &ProjectSession::modelsChanged, this, &ModelCatalogModel::reload);
    reload();
}

int ModelCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

int ModelCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const project::ModelEntry& m = m_models.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Enabled) return m.enabled ? Qt::Checked : Qt::Unchecked;
    const Json parameters = m.effectiveParameters();
    const bool sendsTemperature = parameters.value("temperature", true);
    if (role == Qt::CheckStateRole && index.column() == SendsTemperature) return sendsTemperature ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && (index.column() == SendsTemperature || index.column() == TokenLimit))
        return m.parameters.empty() ? tr("From the capabilities table; edit to override for this model")
                                    : tr("Set for this model in the catalog");
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const auto price = [role](const std::optional<double>& p) -> QVariant {
        if (!p) return role == Qt::EditRole ? QVariant(QString()) : QVariant(tr("no price"));
        return role == Qt::EditRole ? QVariant(*p) : QVariant(QStringLiteral("$%1").arg(*p, 0, 'g', 6));
    };
    switch (index.column()) {
    case Provider: return QString::fromLatin1(llm::providerInfo(llm::inferProvider(m.modelId.toStdString())).displayName);
    case ModelId: return m.modelId;
    case DisplayName: return m.displayName;
    case InputPrice: return price(m.costInputPerMillion);
    case OutputPrice: return price(m.costOutputPerMillion);
    case MaxConcurrency: return m.maxConcurrency;
    case SendsTemperature: return role == Qt::DisplayRole ? QVariant(sendsTemperature ? tr("sent") : tr("not sent")) : QVariant(sendsTemperature);
    case TokenLimit: return QString::fromStdString(parameters.value("maxTokensParam", std::string("max_tokens")));
    case Enabled: return role == Qt::DisplayRole ? QVariant(m.enabled ? tr("yes") : tr("no")) : QVariant(m.enabled);
    default: return {};
    }
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider: return tr("Provider");
    case ModelId: return tr("Model id");
    case DisplayName: return tr("Display name");
    case InputPrice: return tr("Input $/M tokens");
    case OutputPrice: return tr("Output $/M tokens");
    case MaxConcurrency: return tr("Max concurrency");
    case SendsTemperature: return tr("Temperature");
    case TokenLimit: return tr("Token limit parameter");
    case Enabled: return tr("Enabled");
    default: return {};
    }
}

Qt::ItemFlags ModelCatalogModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Enabled || index.column() == SendsTemperature) f |= Qt::ItemIsUserCheckable;
    else if (index.column() != Provider) f |= Qt::ItemIsEditable;
    return f;
}

bool ModelCatalogModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
    project::ModelEntry after = m_models.at(index.row());
    const auto number = [&](std::optional<double>& target) {
        const QString text = value.toString().trimmed().remove(QLatin1Char('$'));
        if (text.isEmpty()) {
            target.reset();
            return true;
        }
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < 0) return false;
        target = v;
        return true;
    };
    switch (index.column()) {
    case ModelId:
        if (value.toString().trimmed().isEmpty()) return false;
        after.modelId = value.toString().trimmed();
        break;
    case DisplayName: after.displayName = value.toString(); break;
    case InputPrice:
        if (!number(after.costInputPerMillion)) return false;
        break;
    case OutputPrice:
        if (!number(after.costOutputPerMillion)) return false;
        break;
    case MaxConcurrency: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 1) return false;
        after.maxConcurrency = v;
        break;
    }
    case Enabled:
        if (role != Qt::CheckStateRole) return false;
        after.enabled = value.toInt() == Qt::Checked;
        break;
    case SendsTemperature:
        if (role != Qt::CheckStateRole) return false;
        after.parameters = after.effectiveParameters(); // the table's values, then this change
        after.parameters["temperature"] = value.toInt() == Qt::Checked;
        break;
    case TokenLimit: {
        const QString param = value.toString().trimmed();
        if (param != QLatin1String("max_tokens") && param != QLatin1String("max_completion_tokens")) return false;
        after.parameters = after.effectiveParameters();
        after.parameters["maxTokensParam"] = param.toStdString();
        break;
    }
    default: return false;
    }
    if (after == m_models.at(index.row())) return true;
    m_session.undoStack()->push(new EditModelCommand(m_session, m_models.at(index.row()), after));
    return true;
}

void ModelCatalogModel::reload()
{
    beginResetModel();
    m_models = m_session.isOpen() ? m_session.project().models().list() : QList<project::ModelEntry>();
    endResetModel();
}

const project::ModelEntry* ModelCatalogModel::modelAt(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models[row] : nullptr;
}

} // namespace vr::ui
