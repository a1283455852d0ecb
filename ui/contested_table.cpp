#include "contested_table.h"

#include "analysis_exporter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vr::ui {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;     // the number behind a localized text
constexpr int kRankRole = Qt::UserRole + 2;     // 0 = most contested
constexpr int kColumnRole = Qt::UserRole + 3;   // the scenario's column in the matrix

QStandardItem* numberItem(double value, int decimals)
{
    auto* item = new QStandardItem(std::isnan(value) ? QString() : QLocale().toString(value, 'f', decimals));
    item->setData(std::isnan(value) ? -1.0 : value, kSortRole);
    item->setData(std::isnan(value) ? QString() : QString::number(value, 'g', 12), kCsvValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// The top N scenarios by rank unless every one is asked for or a search narrows them; a search looks at every one.
class TopScenariosProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setLimit(int limit)
    {
        m_limit = limit;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override
    {
        const QModelIndex name = sourceModel()->index(sourceRow, ContestedTable::Scenario, parent);
        if (!filterRegularExpression().pattern().isEmpty()) return name.data().toString().contains(filterRegularExpression());
        return m_limit < 0 || name.data(kRankRole).toInt() < m_limit;
    }

private:
    int m_limit = ContestedTable::kTopByDefault;
};

ContestedTable::ContestedTable(QWidget* parent) : QWidget(parent)
{
    m_model = new QStandardItemModel(this);
    m_proxy = new TopScenariosProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contestedTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(220);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contestedSearch"));
    m_search->setPlaceholderText(tr("Find a scenario…"));
    m_search->setClearButtonEnabled(true);
    m_showAll = new QCheckBox(this);
    m_showAll->setObjectName(QStringLiteral("contestedShowAll"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text.trimmed()), QRegularExpression::CaseInsensitiveOption));
    });
    connect(m_showAll, &QCheckBox::toggled, this, &ContestedTable::updateLimit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) emit scenarioSelected(current.siblingAtColumn(Scenario).data(kColumnRole).toInt());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString scenario = index.siblingAtColumn(Scenario).data().toString();
        emit transcriptsRequested(scenario, index.column() >= FirstModel ? m_modelIds.value(index.column() - FirstModel) : QString());
    });
    updateLimit();
}

QSortFilterProxyModel* ContestedTable::shown() const
{
    return m_proxy;
}

void ContestedTable::setData(const QStringList& modelIds, const QStringList& modelLabels, const QStringList& scenarios,
                             const std::vector<double>& values, const QStringList& analysisOrder)
{
    m_modelIds = modelIds;
    m_model->clear();
    QStringList header{tr("Scenario"), tr("Variance"), tr("Range"), tr("Models")};
    header += modelLabels;
    m_model->setHorizontalHeaderLabels(header);
    for (int m = 0; m < modelIds.size(); ++m) m_model->horizontalHeaderItem(FirstModel + m)->setToolTip(modelIds[m]);
    m_model->horizontalHeaderItem(Variance)->setToolTip(tr("How far the models' mean decisions lie apart: their variance (at least two models)"));
    m_model->horizontalHeaderItem(Range)->setToolTip(tr("The highest model mean minus the lowest"));

    struct Row {
        int column;
        double variance, range;
        int models;
    };
    std::vector<Row> rows;
    const auto at = [&](int model, int scenario) { return values[static_cast<size_t>(model) * scenarios.size() + scenario]; };
    for (int s = 0; s < scenarios.size(); ++s) {
        double sum = 0, low = INFINITY, high = -INFINITY;
        int n = 0;
        for (int m = 0; m < modelIds.size(); ++m)
            if (const double v = at(m, s); !std::isnan(v)) sum += v, ++n, low = std::min(low, v), high = std::max(high, v);
        double squares = 0;
        for (int m = 0; m < modelIds.size(); ++m)
            if (const double v = at(m, s); !std::isnan(v)) squares += (v - sum / n) * (v - sum / n);
        // Rounded to 6 places as the analysis ranks (docs/statistics.md), so that ties are ties here too.
        const double variance = n >= 2 ? std::round(squares / n * 1e6) / 1e6 : std::nan("");
        rows.push_back({s, variance, n >= 2 ? high - low : std::nan(""), n});
    }
    // Most contested first; scenarios with fewer than two models last; ties in the analysis's order, then the matrix's.
    const auto tieRank = [&](const Row& r) {
        const qsizetype at = analysisOrder.indexOf(scenarios[r.column]);
        return at < 0 ? analysisOrder.size() : at;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const double va = std::isnan(a.variance) ? -1.0 : a.variance, vb = std::isnan(b.variance) ? -1.0 : b.variance;
        return va != vb ? va > vb : tieRank(a) < tieRank(b);
    });
    for (size_t rank = 0; rank < rows.size(); ++rank) {
        const Row& r = rows[rank];
        auto* name = new QStandardItem(scenarios[r.column]);
        name->setData(scenarios[r.column], kSortRole);
        name->setData(static_cast<int>(rank), kRankRole);
        name->setData(r.column, kColumnRole);
        QList<QStandardItem*> items{name, numberItem(r.variance, 3), numberItem(r.range, 2), numberItem(r.models, 0)};
        for (int m = 0; m < modelIds.size(); ++m) items << numberItem(at(m, r.column), 2);
        m_model->appendRow(items);
    }
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the ranking's own order
    updateLimit();
}

void ContestedTable::updateLimit()
{
    const int all = m_model->rowCount();
    m_showAll->setText(tr("Show all %1 scenarios").arg(QLocale().toString(all)));
    m_showAll->setVisible(all > kTopByDefault);
    m_proxy->setLimit(m_showAll->isChecked() ? -1 : kTopByDefault);
}

} // namespace vr::ui
