#pragma once
// The analysis dashboard of a run: per-model means with clustered intervals, which models differ (paired
// comparisons and a compact ranking), decision distributions, the agreement
// matrix (Spearman ρ or kappa, significant cells marked after Holm, outlier models flagged), dimension impact
// and scores by level, the most contested scenarios, the model × scenario heatmap, and the warnings in words.
// Filters recompute the analysis in a background thread; everything exports; two runs can be compared.
#include "project/project.h"
#include "protocol/json.h"

#include <QFutureWatcher>
#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace vr::ui {

class ContestedTable;
class HeatmapWidget;
class PairedComparisonsView;
class ProjectSession;

class AnalysisDashboard : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisDashboard(ProjectSession& session, QWidget* parent = nullptr);
    ~AnalysisDashboard() override;

    // Shows the latest run's stored analysis (computing it when there is none).
    void showLatest();
    void showRun(qint64 runId);
    // Computes the analysis with the current filters in a background thread, stores it and shows it.
    void analyzeAndShow(qint64 runId);
    void compareWith(qint64 otherRunId);
    // From the start of a background analysis until its result is stored.
    bool isComputing() const { return m_job.project != nullptr; }
    // Parsed with nlohmann::json (sorted maps): the insertion-ordered type searches keys linearly, which is
    // quadratic on a 5 000-scenario matrix. Order comes from the run's model list instead.
    using Document = nlohmann::json;
    const Document& analysis() const { return m_analysis; }
    qint64 runId() const { return m_runId; }

    HeatmapWidget* agreementHeatmap() const { return m_agreement; }
    HeatmapWidget* matrixHeatmap() const { return m_matrix; }
    QChartView* meansChart() const { return m_means; }
    QChartView* distributionChart() const { return m_distribution; }
    QChartView* dimensionChart() const { return m_dimensionChart; }
    QChartView* levelChart() const { return m_levelChart; }
    // The contested scenarios as shown (the top 20 unless all are asked for), and the panel holding them.
    QAbstractItemModel* contestedModel() const;
    ContestedTable* contestedPanel() const { return m_contested; }
    QStandardItemModel* comparisonModel() const { return m_comparison; }
    QTableView* contestedTable() const;
    QLabel* warningsLabel() const { return m_warnings; }
    const QStringList& modelLabels() const { return m_modelLabels; }
    QComboBox* agreementMetric() const { return m_metric; }
    QListWidget* modelFilter() const { return m_modelFilter; }
    QComboBox* tagFilter() const { return m_tagFilter; }
    QSpinBox* samplesFilter() const { return m_samplesFilter; }

    // Exports (what the Export menu calls).
    bool exportAnalysisJson(const QString& path) const;
    bool exportContestedCsv(const QString& path) const;
    bool exportReport(const QString& path) const; // .html or .pdf by suffix

signals:
    void analysisShown(qint64 runId);
    // The researcher asked for the transcripts of a scenario (and model, when known).
    void openTranscripts(qint64 runId, const QString& scenarioName, const QString& model);
    // The run has transcripts without a decision and the researcher asked to summarize them.
    void summarizeRequested(qint64 runId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Says how many of the run's transcripts have no decision yet, with a button to summarize them; returns
    // false when none has one (there is nothing to analyse).
    bool showSummarizeCall(qint64 runId);
    // The run's decisions changed (summarized, overridden): recomputed now when on screen, else when shown.
    void onDecisionsChanged(qint64 runId);
    void buildFilters();
    void render();
    void renderAgreement();
    void renderDimensionLevels();
    void replaceChart(QChartView*& slot, QChartView* chart);
    void reloadRunChoices();

    ProjectSession& m_session;
    qint64 m_runId = 0;
    Document m_analysis;
    QStringList m_modelIds, m_modelLabels;
    QFutureWatcher<std::string> m_watcher;
    // What the background analysis was started on: it is stored there, whatever is open when it ends.
    struct Job {
        project::SharedProject project;
        qint64 runId = 0;
        Json filter;
        QString inputs;
    } m_job;
    bool m_recomputeWanted = false; // asked for while one ran: started when it ends, never dropped
    bool m_staleWhileHidden = false;
    QWidget* m_summarizeCall;
    QLabel* m_summarizeNote;
    QPushButton* m_summarizeButton;

    QComboBox* m_run;
    QListWidget* m_modelFilter;
    qint64 m_filtersFor = 0; // the run whose models and tags the filters list
    QComboBox* m_tagFilter;
    QSpinBox* m_samplesFilter;
    QComboBox* m_compareRun;
    QLabel* m_status;
    QVBoxLayout* m_chartsLayout;
    QChartView* m_means = nullptr;
    QChartView* m_distribution = nullptr;
    QChartView* m_dimensionChart = nullptr;
    QChartView* m_levelChart = nullptr;
    QComboBox* m_metric;
    QComboBox* m_dimension;
    HeatmapWidget* m_agreement;
    HeatmapWidget* m_matrix;
    ContestedTable* m_contested;
    QStandardItemModel* m_comparison;
    PairedComparisonsView* m_paired;
    QLabel* m_warnings;
};

} // namespace vr::ui
