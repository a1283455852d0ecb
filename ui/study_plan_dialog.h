#pragma once
// Plans a study from a pilot run (docs/statistics.md, "Planning a study"): for a difference δ in mean decision
// between two models, α and power, how many scenarios each number of repeats needs, the calls and the cost at
// catalog prices, as a table and a trade-off chart. Reading the pilot happens where the project's connection
// lives; the planning runs in the background and a newer request replaces an older one.
#include "run/run_plan.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QStandardItemModel;

namespace vr::ui {

class ProjectSession;

// A plan, or why there is none, in the user's words.
struct PlanOutcome {
    std::optional<run::RunPlan> plan;
    QString error;
};

class StudyPlanDialog : public QDialog {
    Q_OBJECT
public:
    explicit StudyPlanDialog(ProjectSession& session, QWidget* parent = nullptr);
    ~StudyPlanDialog() override;

    // The repeats of the design the researcher chose ("Use this design"), 0 before.
    int chosenRepeats() const { return m_chosenRepeats; }

signals:
    // A plan is on screen (after every recompute).
    void planShown();

private:
    void readPilot();
    void replan();
    void showPlan(const run::RunPlan& plan);

    ProjectSession& m_session;
    run::PlanInputs m_inputs;
    QComboBox* m_pilot;
    QDoubleSpinBox* m_delta;
    QDoubleSpinBox* m_alpha;
    QDoubleSpinBox* m_power;
    QComboBox* m_modelA;
    QComboBox* m_modelB;
    QLabel* m_summary;
    QStandardItemModel* m_curve;
    QChartView* m_chart;
    QPushButton* m_use;
    QFutureWatcher<PlanOutcome> m_watcher;
    bool m_replanPending = false;
    int m_recommendedRepeats = 0;
    int m_chosenRepeats = 0;
};

} // namespace vr::ui
