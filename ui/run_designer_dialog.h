#pragma once
// Designs a run: its name, which scenarios and models (filtered by name or tag, all or none at once), samples,
// temperature, max tokens, max turns, seed and budget; shows the number of calls and an estimated cost before
// anything starts, and warns about models without a price or without a key. It does not close while no scenario
// or no model is chosen.
#include "project/model_entry.h"
#include "project/run_records.h"
#include "project/scenario.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QSpinBox;

namespace vr::ui {

class CheckListPanel;

struct RunEstimate {
    long long calls = 0;
    double cost = 0.0;
    QStringList warnings;
};

// The calls a run will make and what they will cost, assuming ~300 output tokens per answer.
RunEstimate estimateRun(const QList<project::Scenario>& scenarios, const QList<project::ModelEntry>& models, const project::RunConfig& config);

class RunDesignerDialog : public QDialog {
    Q_OBJECT
public:
    RunDesignerDialog(const QList<project::Scenario>& scenarios, const QList<project::ModelEntry>& models, int defaultConcurrency,
                      QWidget* parent = nullptr);

    QList<project::Scenario> selectedScenarios() const;
    QList<project::ModelEntry> selectedModels() const;
    project::RunConfig config() const;
    RunEstimate estimate() const;
    QLabel* estimateLabel() const { return m_estimate; }
    QSpinBox* samplesBox() const { return m_samples; }
    QListWidget* modelList() const { return m_modelList; }
    QListWidget* scenarioList() const { return m_scenarioList; }
    CheckListPanel* scenarioPanel() const { return m_scenarioPanel; }
    CheckListPanel* modelPanel() const { return m_modelPanel; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* startButton() const { return m_start; }
    // Why the run cannot start as chosen (no scenario, no model); empty when it can.
    QString whyNotStartable() const;

public slots:
    void accept() override;

signals:
    // "Plan from a pilot run…": the owner opens the planner and may set the samples it recommends.
    void planRequested();

private:
    void updateEstimate();

    QList<project::Scenario> m_scenarios;
    QList<project::ModelEntry> m_models;
    CheckListPanel* m_scenarioPanel;
    CheckListPanel* m_modelPanel;
    QLineEdit* m_name;
    QPushButton* m_start;
    QListWidget* m_scenarioList;
    QListWidget* m_modelList;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_temperature;
    QSpinBox* m_maxTokens;
    QSpinBox* m_maxTurns;
    QSpinBox* m_seed;
    QSpinBox* m_concurrency;
    QDoubleSpinBox* m_budget;
    QLabel* m_estimate;
};

} // namespace vr::ui
