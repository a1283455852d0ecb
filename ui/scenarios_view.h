#pragma once
// The scenario editor page: searchable, tag-filtered list on the left, the form on the right, import/export.
#include <QWidget>

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

    ProjectSession& m_session;
    ScenarioListModel* m_model;
    ScenarioFilterProxy* m_proxy;
    QListView* m_list;
    QLineEdit* m_search;
    QComboBox* m_tagFilter;
    ScenarioEditor* m_editor;
    qint64 m_selected = 0;
};

} // namespace vr::ui
