#pragma once
// Every scenario of an analysis, ranked by how much the models disagree on it: the variance of the models' mean
// decisions there (the measure of the analysis's "most contested scenarios", docs/statistics.md), the range, how
// many models decided, and each model's mean. Sortable by any column and searchable by name; the top 20 by
// default, every scenario on request. Selecting a scenario reveals its column in the model × scenario heatmap;
// double-clicking opens its transcripts.
#include <QWidget>

#include <vector>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace vr::ui {

class ContestedTable : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTopByDefault = 20;
    enum Column { Scenario, Variance, Range, Models, FirstModel };

    explicit ContestedTable(QWidget* parent = nullptr);

    // values[model * scenarios + scenario]: each model's mean decision per scenario (NaN: none). `analysisOrder`:
    // the analysis's own most contested scenarios, first in its order where variances tie.
    void setData(const QStringList& modelIds, const QStringList& modelLabels, const QStringList& scenarios, const std::vector<double>& values,
                 const QStringList& analysisOrder = {});
    // Every scenario (for CSV), and what the table shows (for the report).
    QStandardItemModel* allScenarios() const { return m_model; }
    QSortFilterProxyModel* shown() const;
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* showAllBox() const { return m_showAll; }

signals:
    // The scenario's column in the model × scenario matrix (the order setData was given).
    void scenarioSelected(int scenarioColumn);
    // A double-click: the scenario's transcripts, of one model when a model's column was clicked.
    void transcriptsRequested(const QString& scenario, const QString& modelId);

private:
    void updateLimit();

    QStringList m_modelIds;
    QStandardItemModel* m_model;
    class TopScenariosProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QCheckBox* m_showAll;
};

} // namespace vr::ui
