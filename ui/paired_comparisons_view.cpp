#include "paired_comparisons_view.h"

#include "p_value_text.h"
#include "analysis/compact_ranking.h"
#include "heatmap_widget.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace vr::ui {
namespace {

using Document = nlohmann::json;
constexpr double kAlpha = 0.05;

QString number(double v, int decimals = 3)
{
    return QLocale().toString(v, 'f', decimals);
}

QString pText(const Document& p)
{
    if (!p.is_number()) return PairedComparisonsView::tr("n/a");
    return pValueText(p.get<double>());
}

QString intervalText(const Document& ci)
{
    if (!ci.is_object()) return PairedComparisonsView::tr("n/a");
    return QStringLiteral("[%1, %2]").arg(number(ci["lower"].get<double>()), number(ci["upper"].get<double>()));
}

// A number shown as text but sorted by value.
QStandardItem* numericItem(const QString& text, double sortValue)
{
    auto* item = new QStandardItem(text);
    item->setData(sortValue, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView* makeTable(QStandardItemModel* model, const QString& name, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the source's order (the ranking) until a header is clicked
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(24);
    table->setWordWrap(false);
    return table;
}

} // namespace

PairedComparisonsView::PairedComparisonsView(QWidget* parent)
    : QGroupBox(tr("Which models differ (paired by scenario, Holm-adjusted)"), parent)
{
    setObjectName(QStringLiteral("pairedComparisons"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pairedSummary"));
    m_summary->setWordWrap(true);
    m_ranking = new QStandardItemModel(this);
    m_pairs = new QStandardItemModel(this);
    m_rankingTable = makeTable(m_ranking, QStringLiteral("rankingTable"), this);
    m_pairsTable = makeTable(m_pairs, QStringLiteral("pairsTable"), this);
    m_heatmap = new HeatmapWidget(this);
    m_heatmap->setObjectName(QStringLiteral("pairedHeatmap"));
    m_heatmap->setCellSize(56, 24);
    m_heatmap->setValueFormat([](double v) { return QLocale().toString(v, 'f', 2); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rankingTable);
    layout->addWidget(new QLabel(tr("Mean difference, row − column model (outlined: the two differ after Holm)"), this));
    layout->addWidget(m_heatmap);
    layout->addWidget(m_pairsTable);
}

void PairedComparisonsView::setAnalysis(const nlohmann::json& a, const QStringList& modelIds, const QStringList& labels)
{
    m_ranking->clear();
    m_pairs->clear();
    m_ranking->setHorizontalHeaderLabels({tr("Model"), tr("Mean"), tr("95 % interval (clustered)"), tr("Answers"), tr("Scenarios"), tr("Group")});
    m_pairs->setHorizontalHeaderLabels({tr("Model A"), tr("Model B"), tr("Scenarios"), tr("Difference (A − B)"), tr("95 % interval"), tr("p (Holm)"),
                                        tr("p (BH)"), tr("p (Wilcoxon)")});
    const bool has = a.is_object() && a.contains("pairedComparisons") && a.contains("perModel");
    std::vector<std::string> ids;
    std::vector<double> means;
    QStringList shown;
    if (has)
        for (qsizetype i = 0; i < modelIds.size(); ++i) {
            const std::string id = modelIds[i].toStdString();
            if (!a["perModel"].contains(id)) continue;
            const Document& mean = a["perModel"][id]["clustered"]["mean"];
            ids.push_back(id);
            means.push_back(mean.is_number() ? mean.get<double>() : -1e300);
            shown << labels.value(i, modelIds[i]);
        }
    // Pairs by their two models, for the ranking's test and the matrix.
    std::map<std::pair<std::string, std::string>, const Document*> pairOf;
    if (has)
        for (const Document& p : a["pairedComparisons"]) pairOf[{p["modelA"].get<std::string>(), p["modelB"].get<std::string>()}] = &p;
    const auto find = [&](std::size_t x, std::size_t y) -> std::pair<const Document*, double> { // the pair and the sign of x − y
        if (auto it = pairOf.find({ids[x], ids[y]}); it != pairOf.end()) return {it->second, 1.0};
        if (auto it = pairOf.find({ids[y], ids[x]}); it != pairOf.end()) return {it->second, -1.0};
        return {nullptr, 1.0};
    };
    const auto differ = [&](std::size_t x, std::size_t y) {
        const Document* p = find(x, y).first;
        return p && (*p)["pValueHolm"].is_number() && (*p)["pValueHolm"].get<double>() < kAlpha;
    };
    const auto ranking = analysis::compactRanking(means, differ);
    QStringList order;
    for (const analysis::RankedModel& r : ranking) {
        const Document& m = a["perModel"][ids[r.index]];
        const Document& c = m["clustered"];
        const double mean = c["mean"].is_number() ? c["mean"].get<double>() : std::nan("");
        auto* name = new QStandardItem(shown[static_cast<qsizetype>(r.index)]);
        name->setData(shown[static_cast<qsizetype>(r.index)], Qt::UserRole);
        name->setToolTip(QString::fromStdString(ids[r.index]));
        m_ranking->appendRow({name, numericItem(std::isnan(mean) ? tr("n/a") : number(mean), mean), new QStandardItem(intervalText(c["ci95"])),
                              numericItem(QLocale().toString(m.value("sampleSize", 0LL)), m.value("sampleSize", 0.0)),
                              numericItem(QLocale().toString(c.value("clusters", 0LL)), c.value("clusters", 0.0)),
                              new QStandardItem(QString::fromStdString(r.letters))});
        order << shown[static_cast<qsizetype>(r.index)];
    }
    // The matrix in ranking order.
    const std::size_t k = ranking.size();
    std::vector<double> values(k * k, std::nan(""));
    std::vector<bool> marks(k * k, false);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            if (i == j) continue;
            const auto [p, sign] = find(ranking[i].index, ranking[j].index);
            if (!p || !(*p)["meanDifference"].is_number()) continue;
            values[i * k + j] = sign * (*p)["meanDifference"].get<double>();
            marks[i * k + j] = differ(ranking[i].index, ranking[j].index);
        }
    m_heatmap->setData(order, order, std::move(values), -1.5, 1.5);
    m_heatmap->setMarks(std::move(marks));
    m_heatmap->setFixedHeight(std::clamp(90 + static_cast<int>(k) * m_heatmap->cellSize().height() + 24, 140, 560));

    std::size_t differing = 0;
    if (has)
        for (const Document& p : a["pairedComparisons"]) {
            const auto label = [&](const std::string& id) {
                const qsizetype i = modelIds.indexOf(QString::fromStdString(id));
                return i >= 0 ? labels.value(i, modelIds[i]) : QString::fromStdString(id);
            };
            const double d = p["meanDifference"].is_number() ? p["meanDifference"].get<double>() : std::nan("");
            const auto pItem = [](const Document& v) { return numericItem(pText(v), v.is_number() ? v.get<double>() : 2.0); };
            differing += p["pValueHolm"].is_number() && p["pValueHolm"].get<double>() < kAlpha;
            auto* first = new QStandardItem(label(p["modelA"].get<std::string>()));
            first->setData(first->text(), Qt::UserRole);
            auto* second = new QStandardItem(label(p["modelB"].get<std::string>()));
            second->setData(second->text(), Qt::UserRole);
            m_pairs->appendRow({first, second, numericItem(QLocale().toString(p.value("scenarios", 0LL)), p.value("scenarios", 0.0)),
                                numericItem(std::isnan(d) ? tr("n/a") : QLocale().toString(d, 'f', 3), d), new QStandardItem(intervalText(p["ci95"])),
                                pItem(p["pValueHolm"]), pItem(p["pValueBH"]), pItem(p["wilcoxonPValue"])});
        }
    QString summary = has ? tr("%n of %1 model pairs differ after Holm's correction (α = 0.05).", "", static_cast<int>(differing)).arg(QLocale().toString(m_pairs->rowCount()))
                          : tr("This analysis predates paired comparisons: recompute it to see which models differ.");
    const Document detectable = has ? a.value("detectableDifference", Document()) : Document();
    if (detectable.is_object() && detectable["value"].is_number())
        summary += QLatin1Char(' ')
            + tr("With %1 scenarios and %2 repeats, this run detects a difference of %3 in mean decision between two models with 80 % power.")
                  .arg(QLocale().toString(detectable.value("scenarios", 0LL)), QLocale().toString(detectable.value("repeats", 0.0), 'g', 3),
                       number(detectable["value"].get<double>(), 2));
    m_summary->setText(summary);
    // Every model's row when there are few, a screenful when there are many (the tables scroll and sort).
    const auto rowsHeight = [](const QTableView* table, int rows) { return table->horizontalHeader()->sizeHint().height() + 4 + rows * 24; };
    m_rankingTable->setFixedHeight(rowsHeight(m_rankingTable, std::clamp(m_ranking->rowCount(), 1, 16)));
    m_pairsTable->setFixedHeight(rowsHeight(m_pairsTable, std::clamp(m_pairs->rowCount(), 1, 12)));
}

} // namespace vr::ui
