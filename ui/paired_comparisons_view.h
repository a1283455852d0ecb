#pragma once
// "Which models differ": the dashboard's section for the paired comparisons of analysis 3.x (docs/statistics.md).
// A ranking by clustered mean with each model's 95 % interval and its group in the compact ranking (models that
// share a letter cannot be told apart), the matrix of paired differences (row − column; outlined where Holm's
// adjusted p < 0.05) and every pair in a sortable table, with the smallest difference the run can detect.
#include <nlohmann/json.hpp>

#include <QGroupBox>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace vr::ui {

class HeatmapWidget;

class PairedComparisonsView : public QGroupBox {
    Q_OBJECT
public:
    explicit PairedComparisonsView(QWidget* parent = nullptr);

    // The analysis as the dashboard holds it; models in the run's order with their display labels.
    void setAnalysis(const nlohmann::json& analysis, const QStringList& modelIds, const QStringList& labels);

private:
    QLabel* m_summary;
    QStandardItemModel* m_ranking;
    QStandardItemModel* m_pairs;
    QTableView* m_rankingTable;
    QTableView* m_pairsTable;
    HeatmapWidget* m_heatmap;
};

} // namespace vr::ui
