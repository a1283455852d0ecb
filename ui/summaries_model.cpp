#include "summaries_model.h"

#include "edit_commands.h"
#include "project_session.h"

namespace vr::ui {

SummariesModel::SummariesModel(ProjectSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &ProjectSession::summariesChanged, this, [this](qint64 runId) {
        if (runId == m_runId) reload();
    });
}

void SummariesModel::setRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

void SummariesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_scenarioNames.clear();
    m_modelNames.clear();
    if (m_session.isOpen() && m_runId > 0) {
        auto& runs = m_session.project().runs();
        for (const auto& s : runs.scenarios(m_runId)) m_scenarioNames << s.name;
        for (const auto& m : runs.models(m_runId)) m_modelNames << m.label();
        m_rows = runs.transcripts(m_runId, false);
    }
    endResetModel();
}

int SummariesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SummariesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummariesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const project::TranscriptRow& r = m_rows.at(index.row());
    if (role == TranscriptIdRole) return r.transcriptId;
    if (role == CellIdRole) return r.cellId;
    const Json& meta = r.decisionMetadata;
    const auto flag = [&](const char* key) {
        return meta.is_object() && meta.value(key, false) ? tr("yes") : QString();
    };
    if (role == AmbiguousRole) return meta.is_object() && meta.value("ambiguous", false);
    if (role == Qt::ToolTipRole && index.column() == Explanation) return r.decisionText;
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case Scenario: return m_scenarioNames.value(r.scenarioIndex);
    case Model: return m_modelNames.value(r.modelIndex);
    case Sample: return r.sample + 1;
    case Decision: return r.decisionCode.value_or(role == Qt::DisplayRole ? tr("not summarized") : QString());
    case Override: return r.overrideCode.value_or(QString());
    case Method: return meta.is_object() ? QString::fromStdString(meta.value("method", std::string())) : QString();
    case Refusal: return flag("refusal");
    case Ambiguous: return flag("ambiguous");
    case CutShort: return r.cutAtTokenLimit ? tr("cut at max tokens") : QString();
    case Explanation: return r.decisionText;
    default: return {};
    }
}

QVariant SummariesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scenario: return tr("Scenario");
    case Model: return tr("Model");
    case Sample: return tr("Sample");
    case Decision: return tr("Decision");
    case Override: return tr("Override");
    case Method: return tr("Parser method");
    case Refusal: return tr("Refusal");
    case Ambiguous: return tr("Ambiguous");
    case CutShort: return tr("Answer");
    case Explanation: return tr("Explanation");
    default: return {};
    }
}

Qt::ItemFlags SummariesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Override) f |= Qt::ItemIsEditable;
    return f;
}

bool SummariesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Override || !checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
    const QString code = value.toString().trimmed().toLower();
    static const QStringList allowed{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                     QStringLiteral("other")};
    if (!code.isEmpty() && !allowed.contains(code)) {
        // Said, not dropped: the cell stays as it was and the banner tells why.
        m_session.inform(tr("\"%1\" is not a decision code: use 1 to 5, \"other\", or leave it empty to remove the override.")
                             .arg(value.toString().trimmed()),
                         true);
        return false;
    }
    const project::TranscriptRow& r = m_rows.at(index.row());
    const std::optional<QString> after = code.isEmpty() ? std::nullopt : std::optional<QString>(code);
    if (after == r.overrideCode) return true;
    m_session.undoStack()->push(new OverrideDecisionCommand(m_session, m_runId, r.transcriptId, r.overrideCode, after));
    return true;
}

} // namespace vr::ui
