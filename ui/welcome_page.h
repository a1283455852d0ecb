#pragma once
// What the workbench shows when no project is open (the first start, or after a project could not be opened):
// what the workbench is for, and the ways in — a new project, an existing one, a recent one, or the demo.
#include <QWidget>

class QListWidget;
class QPushButton;

namespace vr::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Lists the recent projects that still exist.
    void setRecentProjects(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void demoRequested();
    void recentProjectChosen(const QString& path);

private:
    QListWidget* m_recent;
    QPushButton* m_demo;
};

} // namespace vr::ui
