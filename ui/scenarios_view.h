#pragma once
// The scenario editor page: searchable, tag-filtered list on the left, the form on the right, import/export.
// An import asks what to do with scenarios the project already has and says what it did.
#include "project/scenario_import_plan.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QListView;

namespace vr::ui {

class ProjectSession;
class ScenarioEditor;
class ScenarioFilterProxy;
class ScenarioListModel;

class ScenariosView : public QWidget {
    Q_OBJECT
public:
    explicit ScenariosView(ProjectSession& session, QWidget* parent = nullptr);

    ScenarioListModel* model() const { return m_model; }
    ScenarioFilterProxy* proxy() const { return m_proxy; }
    QListView* list() const { return m_list; }
    ScenarioEditor* editor() const { return m_editor; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* tagFilter() const { return m_tagFilter; }

    void selectScenario(qint64 id);
    qint64 selectedId() const;

    // Asked once per import when the file holds scenarios the project already has (by default a message box, see
    // DuplicateImportQuestion); nullopt cancels the import.
    using DuplicateQuestion = std::function<std::optional<project::DuplicateChoice>(const QString& fileName, const project::ImportDuplicates&)>;
    void setDuplicateQuestion(DuplicateQuestion question) { m_askAboutDuplicates = std::move(question); }

public slots:
    void addScenario();
    void removeSelected();
    void moveSelected(int delta);
    void importFile(const QString& path);
    void exportFile(const QString& path);

private:
    void onSelectionChanged();
    void onReloaded();
    void refreshTags();
    // One undo step for the whole import.
    void applyImport(const project::ScenarioImportPlan& plan);
    QString importReport(const project::ScenarioImportPlan& plan, const QStringList& rejected, const QStringList& withoutScale) const;

    ProjectSession& m_session;
    ScenarioListModel* m_model;
    ScenarioFilterProxy* m_proxy;
    QListView* m_list;
    QLineEdit* m_search;
    QComboBox* m_tagFilter;
    ScenarioEditor* m_editor;
    qint64 m_selected = 0;
    DuplicateQuestion m_askAboutDuplicates;
};

} // namespace vr::ui
