#include "welcome_page.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vr::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to ValueRank Workbench")), this);
    auto* intro = new QLabel(tr("Write dilemma scenarios, put them to language models over several turns, turn each answer into a decision "
                                "from 1 (strongly option A) to 5 (strongly option B), and compare the models with statistics. "
                                "A project is one file (.vrproj) that keeps scenarios, models, runs and their analysis; nothing "
                                "finished is ever lost."),
                             this);
    intro->setWordWrap(true);

    auto* newProject = new QPushButton(tr("New project…"), this);
    newProject->setObjectName(QStringLiteral("welcomeNew"));
    auto* open = new QPushButton(tr("Open project…"), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    m_demo = new QPushButton(tr("Try the demo project"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto* demoNote = new QLabel(tr("Opens your own copy of the bundled demo: 12 dilemmas, three offline mock models that need no API key, "
                                   "and a finished run with its analysis. Change it freely; the original stays as it is."),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setStyleSheet(QStringLiteral("color: #555"));

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));

    auto* actions = new QGridLayout;
    actions->addWidget(newProject, 0, 0);
    actions->addWidget(new QLabel(tr("Start empty: add scenarios and models, then design a run."), this), 0, 1);
    actions->addWidget(open, 1, 0);
    actions->addWidget(new QLabel(tr("Open a .vrproj file."), this), 1, 1);
    actions->addWidget(m_demo, 2, 0);
    actions->addWidget(demoNote, 2, 1);
    actions->setColumnStretch(1, 1);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(actions);
    column->addSpacing(12);
    column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Recent projects")), this));
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentProjectChosen(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentProjects(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1  —  %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("None yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace vr::ui
