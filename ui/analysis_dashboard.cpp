#include "analysis_dashboard.h"

#include "analysis_exporter.h"
#include "chart_factory.h"
#include "contested_table.h"
#include "image_export_dialog.h"
#include "heatmap_widget.h"
#include "p_value_text.h"
#include "paired_comparisons_view.h"
#include "project_session.h"
#include "run/run_analysis.h"
#include "run/run_comparison.h"

#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include "project/private_file_writer.h"

#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace vr::ui {
namespace {

using Document = AnalysisDashboard::Document;

double num(const Document& v, double fallback = std::nan(""))
{
    return v.is_number() ? v.get<double>() : fallback;
}

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QGroupBox* section(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setLayout(new QVBoxLayout);
    return box;
}

// Plain words for the analysis's warning codes.
QString explainWarning(const Document& w)
{
    const std::string code = w.value("code", std::string());
    const QString message = str(w.value("message", std::string()));
    if (code == "SMALL_SAMPLE") return AnalysisDashboard::tr("%1: with fewer than 10 answers, its mean and agreement can swing a lot.").arg(message);
    if (code == "MODERATE_SAMPLE") return AnalysisDashboard::tr("%1: enough for a first look; more samples would firm up the intervals.").arg(message);
    if (code == "NO_DIMENSIONS") return AnalysisDashboard::tr("The scenarios have no numeric dimensions, so there is nothing to relate decisions to.");
    if (code == "TOO_MANY_MODELS") return AnalysisDashboard::tr("%1. Filter the models to see how they agree.").arg(message);
    return message;
}

} // namespace

AnalysisDashboard::AnalysisDashboard(ProjectSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("analysisRun"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    buildFilters();

    auto* content = new QWidget(this);
    m_chartsLayout = new QVBoxLayout(content);
    auto* row1 = new QHBoxLayout;
    m_means = makeMeansChart({}, content);
    m_distribution = makeDistributionChart({}, content);
    row1->addWidget(m_means);
    row1->addWidget(m_distribution);
    m_chartsLayout->addLayout(row1);
    m_paired = new PairedComparisonsView(content);
    m_chartsLayout->addWidget(m_paired);

    auto* agreementBox = section(tr("Model agreement"), content);
    m_metric = new QComboBox(agreementBox);
    m_metric->setObjectName(QStringLiteral("agreementMetric"));
    m_metric->addItem(tr("Spearman ρ (outlined: significant after Holm)"), QStringLiteral("spearmanRho"));
    m_metric->addItem(tr("Cohen's kappa"), QStringLiteral("cohensKappa"));
    m_metric->addItem(tr("Quadratic-weighted kappa"), QStringLiteral("weightedKappa"));
    m_agreement = new HeatmapWidget(agreementBox);
    m_agreement->setObjectName(QStringLiteral("agreementHeatmap"));
    m_agreement->setMinimumHeight(280);
    m_agreement->setCellSize(70, 30);
    agreementBox->layout()->addWidget(m_metric);
    agreementBox->layout()->addWidget(m_agreement);
    m_chartsLayout->addWidget(agreementBox);

    auto* dimensionBox = section(tr("What moves decisions"), content);
    m_dimensionChart = makeDimensionChart({}, dimensionBox);
    m_dimension = new QComboBox(dimensionBox);
    m_dimension->setObjectName(QStringLiteral("dimensionChoice"));
    m_levelChart = makeLevelChart(QString(), {}, {}, dimensionBox);
    auto* dimensionRow = new QHBoxLayout;
    dimensionRow->addWidget(m_dimensionChart);
    auto* levelColumn = new QVBoxLayout;
    levelColumn->addWidget(m_dimension);
    levelColumn->addWidget(m_levelChart);
    dimensionRow->addLayout(levelColumn);
    static_cast<QVBoxLayout*>(dimensionBox->layout())->addLayout(dimensionRow);
    m_chartsLayout->addWidget(dimensionBox);

    auto* contestedBox = section(tr("Most contested scenarios (select one to find it in the matrix, double-click to read the transcripts)"), content);
    m_contested = new ContestedTable(contestedBox);
    contestedBox->layout()->addWidget(m_contested);
    m_chartsLayout->addWidget(contestedBox);

    auto* matrixBox = section(tr("Mean decision per model and scenario (Ctrl + wheel to zoom, click to read the transcripts)"), content);
    m_matrix = new HeatmapWidget(matrixBox);
    m_matrix->setObjectName(QStringLiteral("matrixHeatmap"));
    m_matrix->setMinimumHeight(320);
    m_matrix->setCellSize(60, 22);
    matrixBox->layout()->addWidget(m_matrix);
    m_chartsLayout->addWidget(matrixBox);

    auto* comparisonBox = section(tr("Compared with another run (paired by scenario)"), content);
    m_comparison = new QStandardItemModel(this);
    auto* comparisonTable = new QTableView(comparisonBox);
    comparisonTable->setObjectName(QStringLiteral("comparisonTable"));
    comparisonTable->setModel(m_comparison);
    comparisonTable->horizontalHeader()->setStretchLastSection(true);
    comparisonTable->setMinimumHeight(140);
    comparisonBox->layout()->addWidget(comparisonTable);
    m_chartsLayout->addWidget(comparisonBox);

    auto* warningsBox = section(tr("Read with care"), content);
    m_warnings = new QLabel(warningsBox);
    m_warnings->setObjectName(QStringLiteral("analysisWarnings"));
    m_warnings->setWordWrap(true);
    warningsBox->layout()->addWidget(m_warnings);
    m_chartsLayout->addWidget(warningsBox);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("analysisExport"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Report (HTML or PDF)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("report.pdf"), tr("PDF (*.pdf);;HTML (*.html)"));
        if (!path.isEmpty() && !exportReport(path)) m_session.inform(tr("Could not write %1").arg(path), true);
    });
    exportMenu->addAction(tr("Analysis as JSON…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export analysis"), QStringLiteral("analysis.json"), tr("JSON (*.json)"));
        if (!path.isEmpty() && !exportAnalysisJson(path)) m_session.inform(tr("Could not write %1").arg(path), true);
    });
    exportMenu->addAction(tr("Contested scenarios as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QStringLiteral("contested.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportContestedCsv(path)) m_session.inform(tr("Could not write %1").arg(path), true);
    });
    const auto chartExport = [this, exportMenu](const QString& name, std::function<QWidget*()> widget) {
        exportMenu->addAction(tr("%1 as PNG or SVG…").arg(name), this, [this, name, widget] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(name), name + QStringLiteral(".png"), tr("PNG (*.png);;SVG (*.svg)"));
            if (path.isEmpty()) return;
            ImageExportDialog size(naturalExportSize(widget()), this);
            if (size.exec() != QDialog::Accepted) return;
            if (!exportImage(widget(), path, size.pixels(), size.dpi())) m_session.inform(tr("Could not write %1").arg(path), true);
        });
    };
    exportMenu->addSeparator();
    chartExport(tr("Means"), [this] { return m_means; });
    chartExport(tr("Distribution"), [this] { return m_distribution; });
    chartExport(tr("Agreement"), [this] { return m_agreement; });
    chartExport(tr("Dimensions"), [this] { return m_dimensionChart; });
    chartExport(tr("Matrix"), [this] { return m_matrix; });
    exportButton->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run"), this));
    top->addWidget(m_run, 1);
    top->addWidget(new QLabel(tr("Compare with"), this));
    top->addWidget(m_compareRun, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_summarizeCall = new QWidget(this);
    m_summarizeCall->setObjectName(QStringLiteral("summarizeCall"));
    auto* call = new QHBoxLayout(m_summarizeCall);
    call->setContentsMargins(0, 0, 0, 0);
    m_summarizeNote = new QLabel(m_summarizeCall);
    m_summarizeNote->setObjectName(QStringLiteral("summarizeNote"));
    m_summarizeNote->setWordWrap(true);
    m_summarizeButton = new QPushButton(m_summarizeCall);
    m_summarizeButton->setObjectName(QStringLiteral("summarizeRun"));
    call->addWidget(m_summarizeNote, 1);
    call->addWidget(m_summarizeButton);
    m_summarizeCall->hide();
    layout->addWidget(m_summarizeCall);
    connect(m_summarizeButton, &QPushButton::clicked, this, [this] { emit summarizeRequested(m_runId); });
    auto* body = new QHBoxLayout;
    auto* filters = new QGroupBox(tr("Filters"), this);
    auto* filterLayout = new QVBoxLayout(filters);
    filterLayout->addWidget(new QLabel(tr("Models"), filters));
    filterLayout->addWidget(m_modelFilter, 1);
    auto* filterForm = new QFormLayout;
    filterForm->addRow(tr("Tag"), m_tagFilter);
    filterForm->addRow(tr("Samples"), m_samplesFilter);
    filterLayout->addLayout(filterForm);
    auto* recompute = new QPushButton(tr("Recompute"), filters);
    recompute->setObjectName(QStringLiteral("recomputeAnalysis"));
    filterLayout->addWidget(recompute);
    filterLayout->addWidget(m_status);
    filters->setFixedWidth(210);
    body->addWidget(filters);
    body->addWidget(scroll, 1);
    layout->addLayout(body, 1);

    connect(recompute, &QPushButton::clicked, this, [this] { analyzeAndShow(m_runId); });
    connect(m_run, &QComboBox::activated, this, [this](int index) { showRun(m_run->itemData(index).toLongLong()); });
    connect(m_compareRun, &QComboBox::activated, this, [this](int index) {
        if (index > 0) compareWith(m_compareRun->itemData(index).toLongLong());
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &AnalysisDashboard::renderAgreement);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AnalysisDashboard::renderDimensionLevels);
    connect(&m_watcher, &QFutureWatcher<std::string>::finished, this, [this] {
        const Job job = std::exchange(m_job, {});
        const bool current = job.project == m_session.sharedProject() && job.runId == m_runId;
        try {
            const std::string output = m_watcher.result();
            // A read-only project shows what it computes without keeping it.
            if (!job.project->isReadOnly()) job.project->runs().storeAnalysis(job.runId, output, job.filter, job.inputs);
            if (current && !m_recomputeWanted) {
                m_analysis = Document::parse(output);
                m_status->setText(tr("Computed just now."));
                render();
            }
        } catch (const std::exception& e) {
            if (current) m_status->setText(tr("The analysis failed: %1").arg(QString::fromUtf8(e.what())));
        }
        if (std::exchange(m_recomputeWanted, false)) analyzeAndShow(m_runId);
    });
    connect(m_contested, &ContestedTable::transcriptsRequested, this,
            [this](const QString& scenario, const QString& model) { emit openTranscripts(m_runId, scenario, model); });
    connect(m_contested, &ContestedTable::scenarioSelected, m_matrix, &HeatmapWidget::revealColumn);
    connect(m_matrix, &HeatmapWidget::cellClicked, this, [this](int row, int column) {
        emit openTranscripts(m_runId, m_matrix->property("scenarios").toStringList().value(column), m_modelIds.value(row));
    });
    connect(&session, &ProjectSession::runsChanged, this, &AnalysisDashboard::reloadRunChoices);
    // Whatever opened it (Open, New, Save As, the welcome page): the project's latest run, its filters and analysis.
    connect(&session, &ProjectSession::projectOpened, this, &AnalysisDashboard::showLatest);
    connect(&session, &ProjectSession::summariesChanged, this, &AnalysisDashboard::onDecisionsChanged);
}

bool AnalysisDashboard::showSummarizeCall(qint64 runId)
{
    const auto summary = m_session.project().runs().summary(runId);
    const int missing = summary ? summary->done - summary->summarized : 0;
    m_summarizeCall->setVisible(missing > 0 && !m_session.isReadOnly());
    if (missing > 0) {
        m_summarizeNote->setText(summary->summarized == 0
                                     ? tr("No transcript of this run has a decision yet: summarize them to see its analysis.")
                                     : tr("%n transcript(s) of this run have no decision yet; the analysis leaves them out.", nullptr, missing));
        m_summarizeButton->setText(tr("Summarize %n transcript(s)", nullptr, missing));
    }
    return summary && summary->summarized > 0;
}

void AnalysisDashboard::onDecisionsChanged(qint64 runId)
{
    if (runId != m_runId || m_modelIds.isEmpty()) return;
    if (!showSummarizeCall(runId)) return;
    if (isVisible()) analyzeAndShow(runId);
    else m_staleWhileHidden = true;
}

void AnalysisDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_staleWhileHidden, false)) analyzeAndShow(m_runId);
}

AnalysisDashboard::~AnalysisDashboard()
{
    m_watcher.waitForFinished();
}

void AnalysisDashboard::buildFilters()
{
    m_modelFilter = new QListWidget(this);
    m_modelFilter->setObjectName(QStringLiteral("modelFilter"));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("analysisTagFilter"));
    m_samplesFilter = new QSpinBox(this);
    m_samplesFilter->setObjectName(QStringLiteral("samplesFilter"));
    m_samplesFilter->setRange(0, 10000);
    m_samplesFilter->setSpecialValueText(tr("all"));
    m_compareRun = new QComboBox(this);
    m_compareRun->setObjectName(QStringLiteral("compareRun"));
}

void AnalysisDashboard::reloadRunChoices()
{
    const QSignalBlocker a(m_run), b(m_compareRun);
    m_run->clear();
    m_compareRun->clear();
    m_compareRun->addItem(tr("(none)"), 0);
    if (!m_session.isOpen()) return;
    for (const project::RunSummary& r : m_session.project().runs().list()) {
        const QString label = tr("Run %1%2").arg(r.id).arg(r.name.isEmpty() ? QString() : QStringLiteral(": ") + r.name);
        m_run->addItem(label, r.id);
        if (r.id != m_runId) m_compareRun->addItem(label, r.id); // a run compared with itself says nothing
    }
    m_run->setCurrentIndex(m_run->findData(m_runId));
}

void AnalysisDashboard::showLatest()
{
    reloadRunChoices();
    const auto runs = m_session.project().runs().list();
    if (runs.isEmpty()) {
        // A project without runs: nothing to filter, nothing to show.
        m_runId = 0;
        m_filtersFor = 0;
        m_modelIds.clear();
        m_modelLabels.clear();
        m_modelFilter->clear();
        m_tagFilter->clear();
        m_analysis = Document();
        m_summarizeCall->hide();
        render();
        return;
    }
    showRun(runs.last().id);
}

void AnalysisDashboard::showRun(qint64 runId)
{
    m_runId = runId;
    m_filtersFor = runId;
    m_staleWhileHidden = false;
    reloadRunChoices();
    m_comparison->removeRows(0, m_comparison->rowCount()); // it compared the run shown before
    m_modelIds.clear();
    m_modelLabels.clear();
    {
        const QSignalBlocker block(m_modelFilter);
        m_modelFilter->clear();
        for (const project::ModelEntry& m : m_session.project().runs().models(runId)) {
            m_modelIds << m.modelId;
            m_modelLabels << m.label();
            auto* item = new QListWidgetItem(m.label(), m_modelFilter);
            item->setData(Qt::UserRole, m.modelId);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        QStringList tags;
        for (const project::Scenario& s : m_session.project().runs().scenarios(runId))
            for (const QString& t : s.tags)
                if (!tags.contains(t)) tags << t;
        tags.sort();
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("all"));
        m_tagFilter->addItems(tags);
    }
    if (!showSummarizeCall(runId)) {
        // Nothing to analyse: no charts of nothing, no "computed" matrix of 1.00 diagonals.
        m_analysis = Document();
        m_status->setText(tr("No decisions to analyse yet."));
        render();
        return;
    }
    const auto stored = m_session.project().runs().latestAnalysis(runId);
    if (!stored) {
        analyzeAndShow(runId);
        return;
    }
    m_analysis = Document::parse(*stored, nullptr, false);
    render();
    if (run::isLatestAnalysisCurrent(m_session.project(), runId)) {
        m_status->setText(tr("Stored analysis."));
        return;
    }
    // Decisions changed since it was stored (an override, summarizing again): never shown as current.
    analyzeAndShow(runId);
    m_status->setText(tr("The stored analysis is out of date; recomputing…"));
}

void AnalysisDashboard::analyzeAndShow(qint64 runId)
{
    if (runId <= 0) return;
    if (runId != m_filtersFor) {
        // Another run (one that just finished, say): shown as a whole — its models and tags fill the filters, and
        // its analysis is computed unless a current one is stored.
        showRun(runId);
        return;
    }
    m_runId = runId;
    if (isComputing()) {
        m_recomputeWanted = true; // with the filters as they are when the running one ends
        m_status->setText(tr("Computing…"));
        return;
    }
    run::AnalysisFilter filter;
    bool allModels = true;
    for (int i = 0; i < m_modelFilter->count(); ++i) {
        if (m_modelFilter->item(i)->checkState() == Qt::Checked) filter.models << m_modelFilter->item(i)->data(Qt::UserRole).toString();
        else allModels = false;
    }
    if (allModels) filter.models.clear();
    if (m_tagFilter->currentIndex() > 0) filter.tags << m_tagFilter->currentText();
    if (m_samplesFilter->value() > 0) filter.maxSamples = m_samplesFilter->value();
    // Reading the store stays on this thread (Qt Sql connections belong to one); the statistics do not.
    run::PreparedAnalysis prepared = run::prepareAnalysis(m_session.project(), runId, filter);
    m_job = {m_session.sharedProject(), runId, prepared.filter, prepared.inputs};
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run([prepared = std::move(prepared)] { return run::computeAnalysis(prepared); }));
}

void AnalysisDashboard::replaceChart(QChartView*& slot, QChartView* chart)
{
    chart->setObjectName(slot->objectName());
    slot->parentWidget()->layout()->replaceWidget(slot, chart);
    slot->hide(); // removed from the layout now, deleted once the event loop runs
    slot->deleteLater();
    slot = chart;
}

void AnalysisDashboard::render()
{
    const Document& a = m_analysis;
    const bool has = a.is_object() && a.contains("perModel");
    QList<MeanWithInterval> means;
    QList<DecisionCounts> counts;
    if (has) {
        // The run's model order (perModel's own order is lost in a sorted map).
        std::vector<std::string> order;
        for (const QString& id : m_modelIds)
            if (a["perModel"].contains(id.toStdString())) order.push_back(id.toStdString());
        for (auto it = a["perModel"].begin(); it != a["perModel"].end(); ++it)
            if (std::find(order.begin(), order.end(), it.key()) == order.end()) order.push_back(it.key());
        for (const std::string& key : order) {
            const Document& model = a["perModel"][key];
            const QString id = str(key);
            const qsizetype index = m_modelIds.indexOf(id);
            const QString label = index >= 0 ? m_modelLabels[index] : id;
            // The interval that holds with repeats: clustered by scenario (analyses stored before 3.x have only the
            // reference's, which the chart then shows).
            const Document& overall = model.contains("clustered") ? model["clustered"] : model["overall"];
            const Document& interval = model.contains("clustered") ? overall["ci95"] : overall.value("meanCI95", Document());
            MeanWithInterval m{label, num(overall["mean"], 0)};
            if (interval.is_object()) {
                m.lower = num(interval["lower"]);
                m.upper = num(interval["upper"]);
            }
            means << m;
            DecisionCounts c{label};
            int scored = 0;
            if (a["visualizationData"]["decisionDistribution"].contains(key))
                for (int code = 1; code <= 5; ++code) {
                    c.counts[static_cast<size_t>(code - 1)] = a["visualizationData"]["decisionDistribution"][key].value(std::to_string(code), 0);
                    scored += c.counts[static_cast<size_t>(code - 1)];
                }
            c.other = model.value("sampleSize", 0) - scored;
            counts << c;
        }
    }
    replaceChart(m_means, makeMeansChart(means, this));
    m_means->setObjectName(QStringLiteral("meansChart"));
    replaceChart(m_distribution, makeDistributionChart(counts, this));
    m_distribution->setObjectName(QStringLiteral("distributionChart"));

    QList<DimensionBar> dims;
    {
        const QSignalBlocker block(m_dimension);
        m_dimension->clear();
        if (has)
            for (auto it = a["dimensionAnalysis"]["dimensions"].begin(); it != a["dimensionAnalysis"]["dimensions"].end(); ++it) {
                dims << DimensionBar{str(it.key()), num(it.value()["effectSize"], 0), num(it.value()["pValue"], 1)};
                m_dimension->addItem(str(it.key()));
            }
    }
    replaceChart(m_dimensionChart, makeDimensionChart(dims, this));
    m_dimensionChart->setObjectName(QStringLiteral("dimensionChart"));
    renderDimensionLevels();
    renderAgreement();
    m_paired->setAnalysis(a, m_modelIds, m_modelLabels);

    // The model × scenario matrix.
    QStringList scenarios;
    std::vector<double> values;
    if (has) {
        const Document& matrix = a["visualizationData"]["modelScenarioMatrix"];
        QHash<QString, int> column;
        for (auto m = matrix.begin(); m != matrix.end(); ++m)
            for (auto s = m.value().begin(); s != m.value().end(); ++s) {
                const QString name = str(s.key());
                if (!column.contains(name)) {
                    column.insert(name, static_cast<int>(scenarios.size()));
                    scenarios << name;
                }
            }
        values.assign(static_cast<size_t>(m_modelIds.size()) * static_cast<size_t>(scenarios.size()), std::nan(""));
        for (int r = 0; r < m_modelIds.size(); ++r) {
            const std::string id = m_modelIds[r].toStdString();
            if (!matrix.contains(id)) continue;
            for (auto s = matrix[id].begin(); s != matrix[id].end(); ++s)
                values[static_cast<size_t>(r) * scenarios.size() + column.value(str(s.key()))] = num(s.value());
        }
    }
    // Every scenario, ranked by how much the models disagree there.
    QStringList analysisOrder;
    if (has)
        for (const Document& c : a["mostContestedScenarios"]) analysisOrder << str(c.value("scenarioName", std::string()));
    m_contested->setData(m_modelIds, m_modelLabels, scenarios, values, analysisOrder);
    m_matrix->setProperty("scenarios", scenarios);
    m_matrix->setData(m_modelLabels, scenarios, std::move(values), 1, 5);

    QStringList words;
    if (has)
        for (const Document& w : a["warnings"]) words << QStringLiteral("• ") + explainWarning(w);
    if (!has) words << tr("No analysis yet: run and summarize a run first.");
    m_warnings->setText(words.isEmpty() ? tr("Nothing to flag.") : words.join(QLatin1Char('\n')));
    emit analysisShown(m_runId);
}

void AnalysisDashboard::renderAgreement()
{
    const Document& a = m_analysis;
    const std::string metric = m_metric->currentData().toString().toStdString();
    const int n = static_cast<int>(m_modelIds.size());
    std::vector<double> values(static_cast<size_t>(n) * n, std::nan(""));
    std::vector<bool> marks(static_cast<size_t>(n) * n, false);
    QList<int> flagged;
    if (a.is_object() && a.contains("modelAgreement")) {
        for (int i = 0; i < n; ++i) values[static_cast<size_t>(i) * n + i] = 1.0;
        const Document& pairs = a["modelAgreement"]["pairwise"];
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const std::string key = m_modelIds[i].toStdString() + ":" + m_modelIds[j].toStdString();
                if (!pairs.contains(key)) continue;
                const Document& p = pairs[key];
                const double v = num(p.value(metric, Document()));
                values[static_cast<size_t>(i) * n + j] = values[static_cast<size_t>(j) * n + i] = v;
                const bool significant = metric == "spearmanRho" && p.value("significant", false);
                marks[static_cast<size_t>(i) * n + j] = marks[static_cast<size_t>(j) * n + i] = significant;
            }
        for (const Document& o : a["modelAgreement"]["outlierModels"])
            if (const qsizetype row = m_modelIds.indexOf(str(o.get<std::string>())); row >= 0) flagged << static_cast<int>(row);
    }
    m_agreement->setData(m_modelLabels, m_modelLabels, std::move(values), -1, 1);
    // As tall as the matrix needs (plus its labels), up to a screenful.
    m_agreement->setFixedHeight(std::clamp(90 + n * m_agreement->cellSize().height() + 24, 160, 560));
    m_agreement->setMarks(std::move(marks));
    m_agreement->setFlaggedRows(flagged);
}

void AnalysisDashboard::renderDimensionLevels()
{
    const Document& a = m_analysis;
    QStringList levels;
    QList<LevelSeries> series;
    const std::string dimension = m_dimension->currentText().toStdString();
    if (a.is_object() && a.contains("dimensionAnalysis") && a["dimensionAnalysis"]["dimensions"].contains(dimension)) {
        Document levelList = a["dimensionAnalysis"]["dimensions"][dimension].value("levels", Document::array());
        // Numeric levels read left to right in order; others keep the order they appeared in.
        bool numeric = true;
        for (const Document& l : levelList) {
            bool ok = false;
            str(l.value("level", std::string())).toDouble(&ok);
            numeric = numeric && ok;
        }
        if (numeric)
            std::stable_sort(levelList.begin(), levelList.end(), [](const Document& x, const Document& y) {
                return str(x.value("level", std::string())).toDouble() < str(y.value("level", std::string())).toDouble();
            });
        for (const Document& l : levelList) levels << str(l.value("level", std::string()));
        for (int m = 0; m < m_modelIds.size(); ++m) {
            LevelSeries s{m_modelLabels[m], {}};
            for (const Document& l : levelList) s.means << num(l["meanByModel"].value(m_modelIds[m].toStdString(), Document()));
            series << s;
        }
    }
    replaceChart(m_levelChart, makeLevelChart(m_dimension->currentText(), levels, series, this));
    m_levelChart->setObjectName(QStringLiteral("levelChart"));
}

void AnalysisDashboard::compareWith(qint64 otherRunId)
{
    m_comparison->clear();
    m_comparison->setHorizontalHeaderLabels({tr("Model"), tr("Scenario pairs"), tr("Mean, this run"), tr("Mean, other run"),
                                             tr("Difference (other − this)"), tr("95 % interval"), tr("p (paired t, Holm)"), tr("p (Wilcoxon)")});
    const QLocale locale;
    const auto p = [](const std::optional<double>& v) {
        return v ? pValueText(*v) : tr("n/a");
    };
    QSet<QString> excluded; // the model filter applies here as everywhere
    for (int i = 0; i < m_modelFilter->count(); ++i)
        if (m_modelFilter->item(i)->checkState() != Qt::Checked) excluded << m_modelFilter->item(i)->data(Qt::UserRole).toString();
    for (const run::ModelComparison& c : run::compareRuns(m_session.project(), m_runId, otherRunId))
        if (!excluded.contains(c.modelId)) m_comparison->appendRow({new QStandardItem(c.modelId), new QStandardItem(locale.toString(c.pairs)),
                                 new QStandardItem(locale.toString(c.meanA, 'f', 3)), new QStandardItem(locale.toString(c.meanB, 'f', 3)),
                                 new QStandardItem(locale.toString(c.meanDifference, 'f', 3)),
                                 new QStandardItem(c.ci95 ? QStringLiteral("[%1, %2]").arg(locale.toString(c.ci95->lower, 'f', 3), locale.toString(c.ci95->upper, 'f', 3))
                                                          : tr("n/a")),
                                 new QStandardItem(p(c.pValueHolm)), new QStandardItem(p(c.wilcoxonPValue))});
}

bool AnalysisDashboard::exportAnalysisJson(const QString& path) const
{
    try {
        project::PrivateFileWriter::writeAll(path, QByteArray::fromStdString(m_analysis.dump(2)));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

QAbstractItemModel* AnalysisDashboard::contestedModel() const
{
    return m_contested->shown();
}

QTableView* AnalysisDashboard::contestedTable() const
{
    return m_contested->table();
}

bool AnalysisDashboard::exportContestedCsv(const QString& path) const
{
    return exportTableCsv(*m_contested->allScenarios(), path);
}

bool AnalysisDashboard::exportReport(const QString& path) const
{
    const QString title = tr("ValueRank analysis of run %1").arg(m_runId);
    const QList<ReportSection> sections{
        {tr("Mean decision per model"), m_means, nullptr, {}},
        {tr("Decision distribution"), m_distribution, nullptr, {}},
        {tr("Model agreement"), m_agreement, nullptr, {}},
        {tr("Dimension impact"), m_dimensionChart, nullptr, {}},
        {tr("Which models differ: ranking (mean, clustered 95 % interval, group)"), nullptr,
         findChild<QTableView*>(QStringLiteral("rankingTable"))->model(), {}},
        {tr("Paired comparisons (by scenario, Holm and BH adjusted)"), nullptr, findChild<QTableView*>(QStringLiteral("pairsTable"))->model(), {}},
        {tr("Most contested scenarios"), nullptr, m_contested->shown(), {}},
        {tr("Read with care"), nullptr, nullptr, m_warnings->text()},
    };
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) return exportReportPdf(title, sections, path);
    return exportReportHtml(title, sections, path);
}

} // namespace vr::ui
