#pragma once
// The form for one scenario: name, preamble, prompt, ordered follow-ups, dimensions, tags; validation shown
// inline (an empty prompt cannot be run). Every change is reported as (before, after) for an undo command.
#include "project/scenario.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace vr::ui {

class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    // Shows a scenario (nullopt: nothing selected). Does not emit edited().
    void setScenario(const std::optional<project::Scenario>& scenario);
    std::optional<project::Scenario> scenario() const { return m_current; }
    // Reports typing that is still waiting for its pause (tests, and before switching scenarios).
    void commitPendingEdits();
    QString validationMessage() const;

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QPlainTextEdit* preambleEdit() const { return m_preamble; }
    QTableWidget* followupTable() const { return m_followups; }
    QTableWidget* dimensionTable() const { return m_dimensions; }
    QLineEdit* tagsEdit() const { return m_tags; }

public slots:
    void addFollowup();
    void removeFollowup();
    void moveFollowup(int delta);
    void addDimension();
    void removeDimension();

signals:
    void edited(const vr::project::Scenario& before, const vr::project::Scenario& after);

private:
    project::Scenario readForm() const;
    void emitIfChanged();
    void updateValidation();

    std::optional<project::Scenario> m_current;
    bool m_loading = false;
    QLineEdit* m_name;
    QPlainTextEdit* m_preamble;
    QPlainTextEdit* m_prompt;
    QTableWidget* m_followups;
    QTableWidget* m_dimensions;
    QLineEdit* m_tags;
    QLabel* m_validation;
    QTimer* m_typingPause;
};

} // namespace vr::ui
