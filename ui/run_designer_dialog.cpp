#include "run_designer_dialog.h"

#include "llm/model_route.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vr::ui {
namespace {

constexpr double kExpectedOutputTokens = 300.0;

double tokensOf(const QString& text)
{
    return std::max(1.0, text.size() / 4.0);
}

} // namespace

RunEstimate estimateRun(const QList<project::Scenario>& scenarios, const QList<project::ModelEntry>& models, const project::RunConfig& config)
{
    RunEstimate e;
    for (const project::ModelEntry& m : models) {
        double modelCost = 0.0;
        for (const project::Scenario& s : scenarios) {
            const int followups = static_cast<int>(std::min<qsizetype>(s.followups.size(), std::max(0, config.maxTurns - 1)));
            const int turns = 1 + followups;
            double history = tokensOf(s.preamble) + tokensOf(s.prompt);
            double input = 0.0;
            for (int turn = 0; turn < turns; ++turn) {
                if (turn > 0) history += tokensOf(s.followups[turn - 1].prompt) + kExpectedOutputTokens;
                input += history;
            }
            e.calls += static_cast<long long>(turns) * config.samples;
            if (m.hasPrice())
                modelCost += config.samples * (input / 1e6 * *m.costInputPerMillion + turns * kExpectedOutputTokens / 1e6 * *m.costOutputPerMillion);
        }
        e.cost += modelCost;
        if (!m.hasPrice() && !m.modelId.startsWith(QLatin1String("mock:")))
            e.warnings << RunDesignerDialog::tr("%1 has no price: its cost is not in the estimate.").arg(m.modelId);
        const llm::Provider provider = llm::inferProvider(m.modelId.toStdString());
        const llm::ProviderInfo& info = llm::providerInfo(provider);
        if (provider == llm::Provider::Unknown) e.warnings << RunDesignerDialog::tr("%1: unknown provider.").arg(m.modelId);
        else if (info.keyRequired && llm::providerApiKey(provider).empty())
            e.warnings << RunDesignerDialog::tr("%1 has no key: set %2.").arg(m.modelId, QString::fromLatin1(info.keyVariable));
    }
    return e;
}

RunDesignerDialog::RunDesignerDialog(const QList<project::Scenario>& scenarios, const QList<project::ModelEntry>& models, int defaultConcurrency,
                                     QWidget* parent)
    : QDialog(parent), m_scenarios(scenarios), m_models(models)
{
    setWindowTitle(tr("New run"));
    m_scenarioList = new QListWidget(this);
    m_scenarioList->setObjectName(QStringLiteral("runScenarios"));
    for (const project::Scenario& s : scenarios) {
        auto* item = new QListWidgetItem(s.name, m_scenarioList);
        item->setFlags(s.isRunnable() ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
        item->setCheckState(s.isRunnable() ? Qt::Checked : Qt::Unchecked);
        if (!s.isRunnable()) item->setToolTip(tr("The prompt is empty: this scenario cannot be run."));
    }
    m_modelList = new QListWidget(this);
    m_modelList->setObjectName(QStringLiteral("runModels"));
    for (const project::ModelEntry& m : models) {
        auto* item = new QListWidgetItem(m.label() + (m.label() != m.modelId ? QStringLiteral("  (%1)").arg(m.modelId) : QString()), m_modelList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m.enabled ? Qt::Checked : Qt::Unchecked);
    }
    auto spin = [this](int min, int max, int value) {
        auto* s = new QSpinBox(this);
        s->setRange(min, max);
        s->setValue(value);
        return s;
    };
    m_samples = spin(1, 1000, 1);
    m_samples->setObjectName(QStringLiteral("samples"));
    m_maxTokens = spin(16, 200000, 1024);
    m_maxTurns = spin(1, 50, 10);
    m_seed = spin(0, 1000000000, 0);
    m_concurrency = spin(1, 512, defaultConcurrency);
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.0, 1e6);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("no limit"));
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("runEstimate"));
    m_estimate->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* samplesRow = new QHBoxLayout;
    samplesRow->addWidget(m_samples, 1);
    auto* plan = new QPushButton(tr("Plan from a pilot run…"), this);
    plan->setObjectName(QStringLiteral("planStudy"));
    plan->setToolTip(tr("How many scenarios and repeats a study needs to detect a given difference between two models"));
    connect(plan, &QPushButton::clicked, this, &RunDesignerDialog::planRequested);
    samplesRow->addWidget(plan);
    form->addRow(tr("Samples per cell"), samplesRow);
    form->addRow(tr("Temperature"), m_temperature);
    form->addRow(tr("Max tokens"), m_maxTokens);
    form->addRow(tr("Max turns"), m_maxTurns);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Concurrency per provider"), m_concurrency);
    form->addRow(tr("Budget"), m_budget);
    auto* lists = new QHBoxLayout;
    auto* scenarioColumn = new QVBoxLayout;
    scenarioColumn->addWidget(new QLabel(tr("Scenarios"), this));
    scenarioColumn->addWidget(m_scenarioList);
    auto* modelColumn = new QVBoxLayout;
    modelColumn->addWidget(new QLabel(tr("Models"), this));
    modelColumn->addWidget(m_modelList);
    modelColumn->addLayout(form);
    lists->addLayout(scenarioColumn, 3);
    lists->addLayout(modelColumn, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists);
    layout->addWidget(m_estimate);
    layout->addWidget(buttons);

    connect(m_scenarioList, &QListWidget::itemChanged, this, &RunDesignerDialog::updateEstimate);
    connect(m_modelList, &QListWidget::itemChanged, this, &RunDesignerDialog::updateEstimate);
    for (QSpinBox* s : {m_samples, m_maxTurns, m_maxTokens}) connect(s, &QSpinBox::valueChanged, this, &RunDesignerDialog::updateEstimate);
    connect(this, &QDialog::finished, this, [] {});
    resize(820, 560);
    updateEstimate();
}

QList<project::Scenario> RunDesignerDialog::selectedScenarios() const
{
    QList<project::Scenario> out;
    for (int i = 0; i < m_scenarioList->count(); ++i)
        if (m_scenarioList->item(i)->checkState() == Qt::Checked && m_scenarios[i].isRunnable()) out << m_scenarios[i];
    return out;
}

QList<project::ModelEntry> RunDesignerDialog::selectedModels() const
{
    QList<project::ModelEntry> out;
    for (int i = 0; i < m_modelList->count(); ++i)
        if (m_modelList->item(i)->checkState() == Qt::Checked) out << m_models[i];
    return out;
}

project::RunConfig RunDesignerDialog::config() const
{
    project::RunConfig c;
    c.samples = m_samples->value();
    c.temperature = m_temperature->value(); // the catalog leaves it out for models that take none
    c.maxTokens = m_maxTokens->value();
    c.maxTurns = m_maxTurns->value();
    c.seed = m_seed->value();
    c.concurrency = m_concurrency->value();
    if (m_budget->value() > 0) c.budgetUsd = m_budget->value();
    return c;
}

RunEstimate RunDesignerDialog::estimate() const
{
    return estimateRun(selectedScenarios(), selectedModels(), config());
}

void RunDesignerDialog::updateEstimate()
{
    const RunEstimate e = estimate();
    const long long cells = static_cast<long long>(selectedScenarios().size()) * selectedModels().size() * m_samples->value();
    QString text = tr("<b>%1 cells, about %2 calls, estimated cost $%3</b>").arg(cells).arg(e.calls).arg(e.cost, 0, 'f', 4);
    for (const QString& w : e.warnings) text += QStringLiteral("<br><span style='color:#b42828'>⚠ %1</span>").arg(w.toHtmlEscaped());
    m_estimate->setText(text);
}

} // namespace vr::ui
