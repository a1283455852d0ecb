#pragma once
// A run's summaries as a researcher reviews them: the table (sortable, the override column editable) under a
// filter bar — full-text search over prompts, answers and explanations (SQLite FTS5, best matches first, the words
// around each match on hover), model, decision, overridden, refusals, cut short, parser stage, ambiguous — and a
// count of what is shown.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vr::ui {

class ProjectSession;
class SummariesFilterProxy;
class SummariesModel;

class SummariesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SummariesPanel(ProjectSession& session, QWidget* parent = nullptr);

    void setRun(qint64 runId);
    QTableView* table() const { return m_table; }
    SummariesModel* model() const { return m_model; }
    SummariesFilterProxy* filter() const { return m_filter; }
    // Runs the search typed so far now, instead of after the typing pause.
    void searchNow();

private:
    void refreshChoices();
    void updateCount();

    ProjectSession& m_session;
    qint64 m_runId = 0;
    SummariesModel* m_model;
    SummariesFilterProxy* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QTimer* m_searchPause;
    QComboBox* m_modelChoice;
    QComboBox* m_decisionChoice;
    QComboBox* m_stageChoice;
    QLabel* m_count;
};

} // namespace vr::ui
