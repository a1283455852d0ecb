#pragma once
// The workbench window: a welcome page while no project is open, else a navigator (Scenarios, Models, Runs, Analysis), File menu with New/Open/Save As and
// recent projects, Edit menu over the one undo stack, a banner for messages, and a status bar with the project
// path and key status.
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace vr::ui {

class AnalysisDashboard;
class KeyStore;
class ModelsView;
class ProjectSession;
class RunsView;
class WelcomePage;
class ScenariosView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Scenarios, Models, Runs, Analysis };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectSession& session() { return *m_session; }
    KeyStore& keys() { return *m_keys; }
    void showPage(Page page);
    Page currentPage() const;
    static std::optional<Page> pageFromName(const QString& name);

    ScenariosView* scenariosView() const { return m_scenarios; }
    ModelsView* modelsView() const { return m_models; }
    RunsView* runsView() const { return m_runs; }
    AnalysisDashboard* analysisView() const { return m_analysis; }
    QLabel* banner() const { return m_banner; }
    QListWidget* navigator() const { return m_navigator; }
    WelcomePage* welcomePage() const { return m_welcome; }
    // True while no project is open and the welcome page is shown instead of the pages.
    bool isShowingWelcome() const;

public slots:
    // Opens a project; a project another program is writing is offered read-only in the banner.
    bool openProject(const QString& path, bool readOnly = false);
    void newProject();
    // Opens the user's private copy of the bundled demo project, and says what it is.
    void openDemo();
    void openProjectDialog();
    void saveProjectAs();
    void showSettings();
    void showMessage(const QString& text, bool isError);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void showWelcomeOrWork();
    void updateStatus();
    // Read-only projects: a banner that stays, and every control that would write disabled.
    void applyReadOnly();
    // While a run writes the open project, no other project may replace it: says so and returns true.
    bool refusedDuringRun();

    std::unique_ptr<ProjectSession> m_session;
    KeyStore* m_keys;
    QListWidget* m_navigator;
    QStackedWidget* m_frame; // the welcome page, or the navigator with the pages
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    ScenariosView* m_scenarios;
    ModelsView* m_models;
    RunsView* m_runs;
    AnalysisDashboard* m_analysis;
    QLabel* m_banner;
    QLabel* m_pathLabel;
    QLabel* m_keyLabel;
    QMenu* m_recentMenu = nullptr;
    QString m_pendingReadOnlyPath; // a locked project the banner offers to open read-only
};

} // namespace vr::ui
