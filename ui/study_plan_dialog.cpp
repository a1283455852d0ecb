#include "study_plan_dialog.h"

#include "chart_factory.h"
#include "project_session.h"

#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vr::ui {
namespace {

QDoubleSpinBox* spin(const QString& name, double low, double high, double step, double value, int decimals, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

QString money(const std::optional<double>& cost)
{
    if (!cost) return StudyPlanDialog::tr("no price");
    // Dollars to the cent; a study under a dollar to four significant digits.
    return QStringLiteral("$") + (*cost >= 1.0 ? QLocale().toString(*cost, 'f', 2) : QLocale().toString(*cost, 'g', 4));
}

} // namespace

StudyPlanDialog::StudyPlanDialog(ProjectSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Plan a study from a pilot run"));
    m_pilot = new QComboBox(this);
    m_pilot->setObjectName(QStringLiteral("planPilotRun"));
    for (const project::RunSummary& r : session.project().runs().list())
        if (r.summarized > 0)
            m_pilot->addItem(tr("Run %1%2 (%n scenario(s))", "", r.scenarioCount).arg(r.id).arg(r.name.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(r.name)),
                             r.id);
    m_pilot->setCurrentIndex(m_pilot->count() - 1);
    m_delta = spin(QStringLiteral("planDelta"), 0.01, 4.0, 0.05, 0.25, 2, this);
    m_alpha = spin(QStringLiteral("planAlpha"), 0.0001, 0.5, 0.01, 0.05, 4, this);
    m_power = spin(QStringLiteral("planPower"), 0.5, 0.99, 0.05, 0.80, 2, this);
    m_modelA = new QComboBox(this);
    m_modelA->setObjectName(QStringLiteral("planModelA"));
    m_modelB = new QComboBox(this);
    m_modelB->setObjectName(QStringLiteral("planModelB"));
    auto* pair = new QHBoxLayout;
    pair->addWidget(m_modelA, 1);
    pair->addWidget(new QLabel(tr("vs"), this));
    pair->addWidget(m_modelB, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Pilot run"), m_pilot);
    form->addRow(tr("Difference to detect (mean decision)"), m_delta);
    form->addRow(tr("Significance level α (two-sided)"), m_alpha);
    form->addRow(tr("Power"), m_power);
    form->addRow(tr("Models"), pair);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_curve = new QStandardItemModel(this);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("planCurve"));
    table->setModel(m_curve);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = makePlanChart({}, 0, this);
    m_chart->setObjectName(QStringLiteral("planChart"));
    auto* results = new QHBoxLayout;
    results->addWidget(table, 1);
    results->addWidget(m_chart, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_use = buttons->addButton(tr("Use the recommended repeats"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("planUse"));
    m_use->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, [this] {
        m_chosenRepeats = m_recommendedRepeats;
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(results, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(m_pilot, &QComboBox::currentIndexChanged, this, &StudyPlanDialog::readPilot);
    for (QDoubleSpinBox* box : {m_delta, m_alpha, m_power}) connect(box, &QDoubleSpinBox::valueChanged, this, &StudyPlanDialog::replan);
    for (QComboBox* box : {m_modelA, m_modelB}) connect(box, &QComboBox::currentIndexChanged, this, &StudyPlanDialog::replan);
    connect(&m_watcher, &QFutureWatcher<PlanOutcome>::finished, this, [this] {
        const PlanOutcome outcome = m_watcher.result();
        if (m_replanPending) { // the inputs changed meanwhile: this plan is already stale
            m_replanPending = false;
            replan();
            return;
        }
        if (outcome.plan) showPlan(*outcome.plan);
        else m_summary->setText(outcome.error);
        emit planShown();
    });
    readPilot();
}

StudyPlanDialog::~StudyPlanDialog()
{
    m_watcher.waitForFinished();
}

void StudyPlanDialog::readPilot()
{
    if (m_pilot->count() == 0) {
        m_summary->setText(tr("No run has decisions yet: run and summarize a pilot first."));
        return;
    }
    try {
        m_inputs = run::readPlanInputs(m_session.project(), m_pilot->currentData().toLongLong());
    } catch (const std::exception& e) {
        m_summary->setText(tr("Could not read the pilot run: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    const QList<project::ModelEntry> models = m_session.project().runs().models(m_inputs.runId);
    for (QComboBox* box : {m_modelA, m_modelB}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(the typical pair)"), QString());
        for (const project::ModelEntry& m : models) box->addItem(m.label(), m.modelId);
    }
    replan();
}

void StudyPlanDialog::replan()
{
    if (m_inputs.runId == 0) return;
    if (m_watcher.isRunning()) {
        m_replanPending = true; // coalesced: one more plan with whatever the controls say then
        return;
    }
    analysis::PlanRequest request;
    request.delta = m_delta->value();
    request.alpha = m_alpha->value();
    request.power = m_power->value();
    QStringList pair;
    const QString a = m_modelA->currentData().toString(), b = m_modelB->currentData().toString();
    if (!a.isEmpty() && !b.isEmpty() && a != b) pair = {a, b};
    m_summary->setText(tr("Planning…"));
    m_watcher.setFuture(QtConcurrent::run([inputs = m_inputs, request, pair] {
        try {
            return PlanOutcome{run::planFromInputs(inputs, request, pair), {}};
        } catch (const std::exception& e) {
            return PlanOutcome{std::nullopt, QString::fromUtf8(e.what())};
        }
    }));
}

void StudyPlanDialog::showPlan(const run::RunPlan& p)
{
    const QLocale locale;
    const analysis::StudyPlan& plan = p.plan;
    m_curve->clear();
    m_curve->setHorizontalHeaderLabels({tr("Repeats"), tr("Scenarios"), tr("Calls per model"), tr("Calls (all %n model(s))", "", static_cast<int>(p.models.size())),
                                        tr("Cost")});
    QList<PlanPoint> points;
    for (std::size_t i = 0; i < plan.curve.size(); ++i) {
        const analysis::DesignPoint& d = plan.curve[i];
        QList<QStandardItem*> row{new QStandardItem(locale.toString(d.repeats))};
        if (d.scenarios) {
            row << new QStandardItem(locale.toString(static_cast<qulonglong>(*d.scenarios)))
                << new QStandardItem(locale.toString(static_cast<qulonglong>(d.callsPerModel)))
                << new QStandardItem(locale.toString(static_cast<qulonglong>(p.calls(d)))) << new QStandardItem(money(p.cost(d)));
            points << PlanPoint{static_cast<int>(d.repeats), static_cast<double>(*d.scenarios), static_cast<double>(d.callsPerModel)};
        } else {
            row << new QStandardItem(tr("not reachable"));
        }
        if (plan.recommended == i)
            for (QStandardItem* item : row) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        m_curve->appendRow(row);
    }
    m_recommendedRepeats = plan.recommended ? static_cast<int>(plan.curve[*plan.recommended].repeats) : 0;
    m_use->setEnabled(m_recommendedRepeats > 0);
    m_use->setText(m_recommendedRepeats > 0 ? tr("Use %n repeat(s)", "", m_recommendedRepeats) : tr("Use the recommended repeats"));
    QChartView* chart = makePlanChart(points, m_recommendedRepeats, this);
    chart->setObjectName(m_chart->objectName());
    layout()->replaceWidget(m_chart, chart);
    delete m_chart;
    m_chart = chart;

    QString text;
    if (plan.curve.empty()) {
        text = tr("No two models of this run share two scored scenarios: there is nothing to plan from.");
    } else if (plan.recommended) {
        const analysis::DesignPoint& d = plan.curve[*plan.recommended];
        text = tr("To detect a difference of %1 with power %2 at α = %3: %4 scenarios × %n repeat(s) (%5 calls, %6) has the fewest calls.",
                  "", static_cast<int>(d.repeats))
                   .arg(locale.toString(p.request.delta, 'f', 2), locale.toString(p.request.power, 'f', 2), locale.toString(p.request.alpha, 'g', 3),
                        locale.toString(static_cast<qulonglong>(*d.scenarios)), locale.toString(static_cast<qulonglong>(p.calls(d))), money(p.cost(d)));
    } else {
        text = tr("No design up to 10 repeats reaches that power: ask for a larger difference.");
    }
    text += QLatin1Char(' ')
        + tr("Estimated from the pilot: scenario × model interaction σ²_D = %1, within a cell σ²_w = %2.")
              .arg(locale.toString(plan.interaction, 'f', 3), locale.toString(plan.withinCell, 'f', 3));
    if (!plan.withinEstimated) text += QLatin1Char(' ') + tr("The pilot has no repeats, so σ²_w cannot be told apart (taken as 0): repeats look useless here.");
    if (plan.pilotDetectableDifference)
        text += QLatin1Char(' ') + tr("The pilot itself detects %1 with 80 % power.").arg(locale.toString(*plan.pilotDetectableDifference, 'f', 2));
    m_summary->setText(text);
}

} // namespace vr::ui
