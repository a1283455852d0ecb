#include "run_designer_dialog.h"

#include "check_list_panel.h"
#include "llm/model_route.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
    m_scenarioPanel = new CheckListPanel(tr("Scenarios"), QStringLiteral("runScenarios"), this);
    QStringList tags;
    for (const project::Scenario& s : scenarios) {
        QListWidgetItem* item = m_scenarioPanel->addItem(s.name, s.isRunnable(), s.isRunnable(), s.tags.join(QLatin1Char(' ')), s.tags);
        if (!s.isRunnable()) item->setToolTip(tr("The prompt is empty: this scenario cannot be run."));
        for (const QString& tag : s.tags)
            if (!tags.contains(tag)) tags << tag;
    }
    tags.sort(Qt::CaseInsensitive);
    m_scenarioPanel->setTags(tags);
    m_scenarioList = m_scenarioPanel->list();
    m_modelPanel = new CheckListPanel(tr("Models"), QStringLiteral("runModels"), this);
    for (const project::ModelEntry& m : models)
        m_modelPanel->addItem(m.label() + (m.label() != m.modelId ? QStringLiteral("  (%1)").arg(m.modelId) : QString()), m.enabled, true, m.modelId);
    m_modelList = m_modelPanel->list();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("runName"));
    m_name->setPlaceholderText(tr("optional, e.g. \"pilot, 3 repeats\""));
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
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Samples per cell"), samplesRow);
    form->addRow(tr("Temperature"), m_temperature);
    form->addRow(tr("Max tokens"), m_maxTokens);
    form->addRow(tr("Max turns"), m_maxTurns);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Concurrency per provider"), m_concurrency);
    form->addRow(tr("Budget"), m_budget);
    auto* lists = new QHBoxLayout;
    auto* modelColumn = new QVBoxLayout;
    modelColumn->addWidget(m_modelPanel, 1);
    modelColumn->addLayout(form);
    lists->addWidget(m_scenarioPanel, 3);
    lists->addLayout(modelColumn, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("Start run"));
    m_start->setObjectName(QStringLiteral("startRun"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists);
    layout->addWidget(m_estimate);
    layout->addWidget(buttons);

    connect(m_scenarioPanel, &CheckListPanel::checkedChanged, this, &RunDesignerDialog::updateEstimate);
    connect(m_modelPanel, &CheckListPanel::checkedChanged, this, &RunDesignerDialog::updateEstimate);
    for (QSpinBox* s : {m_samples, m_maxTurns, m_maxTokens}) connect(s, &QSpinBox::valueChanged, this, &RunDesignerDialog::updateEstimate);
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
    c.name = m_name->text().trimmed();
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

QString RunDesignerDialog::whyNotStartable() const
{
    if (selectedScenarios().isEmpty()) return tr("Choose at least one scenario.");
    if (selectedModels().isEmpty()) return tr("Choose at least one model.");
    return {};
}

void RunDesignerDialog::accept()
{
    // Validated here, with the dialog still open: nothing starts, and nothing closes, without a scenario and a model.
    if (!whyNotStartable().isEmpty()) {
        updateEstimate();
        return;
    }
    QDialog::accept();
}

void RunDesignerDialog::updateEstimate()
{
    const QString problem = whyNotStartable();
    m_start->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_estimate->setText(QStringLiteral("<b style='color:#b42828'>%1</b>").arg(problem.toHtmlEscaped()));
        return;
    }
    const RunEstimate e = estimate();
    const QLocale locale;
    const long long cells = static_cast<long long>(selectedScenarios().size()) * selectedModels().size() * m_samples->value();
    QString text = tr("<b>%1 cells, about %2 calls, estimated cost $%3</b>")
                       .arg(locale.toString(cells), locale.toString(e.calls), locale.toString(e.cost, 'f', 4));
    for (const QString& w : e.warnings) text += QStringLiteral("<br><span style='color:#b42828'>⚠ %1</span>").arg(w.toHtmlEscaped());
    m_estimate->setText(text);
}

} // namespace vr::ui
