#include "scenarios_view.h"

#include "project/private_file_writer.h"

#include "duplicate_import_question.h"
#include "edit_commands.h"
#include "name_list_text.h"
#include "project/answer_scale.h"
#include "project/scenario_io.h"
#include "project_session.h"
#include "scenario_editor.h"
#include "scenario_filter_proxy.h"
#include "scenario_list_model.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace vr::ui {

ScenariosView::ScenariosView(ProjectSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new ScenarioListModel(session, this);
    m_proxy = new ScenarioFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("scenarioSearch"));
    m_search->setPlaceholderText(tr("Search names, prompts and tags"));
    m_search->setClearButtonEnabled(true);
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_editor = new ScenarioEditor(this);
    m_askAboutDuplicates = [this](const QString& fileName, const project::ImportDuplicates& duplicates) {
        return DuplicateImportQuestion::ask(this, fileName, duplicates);
    };

    auto* buttons = new QHBoxLayout;
    const auto addButton = [&](const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("New"), "addScenario", [this] { addScenario(); });
    addButton(tr("Delete"), "removeScenario", [this] { removeSelected(); });
    addButton(tr("▲"), "scenarioUp", [this] { moveSelected(-1); })->setToolTip(tr("Move up"));
    addButton(tr("▼"), "scenarioDown", [this] { moveSelected(1); })->setToolTip(tr("Move down"));
    auto* io = new QHBoxLayout;
    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importScenarios"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportScenarios"));
    io->addWidget(importButton);
    io->addWidget(exportButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import scenarios"), {}, tr("Scenario files (*.json *.yaml *.yml)"));
        if (!path.isEmpty()) importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export scenarios"), QStringLiteral("scenarios.json"), tr("JSON (*.json)"));
        if (!path.isEmpty()) exportFile(path);
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tagFilter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(io);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ScenarioFilterProxy::setSearchText);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setTag(index <= 0 ? QString() : m_tagFilter->itemText(index));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScenariosView::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenariosView::onReloaded);
    connect(m_editor, &ScenarioEditor::edited, this, [this](const project::Scenario& before, const project::Scenario& after) {
        m_session.undoStack()->push(new EditScenarioCommand(m_session, before, after));
    });
    onReloaded();
}

qint64 ScenariosView::selectedId() const
{
    return m_selected;
}

void ScenariosView::selectScenario(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) m_list->setCurrentIndex(index);
}

void ScenariosView::onSelectionChanged()
{
    m_editor->commitPendingEdits();
    const QModelIndex source = m_proxy->mapToSource(m_list->currentIndex());
    const project::Scenario* s = m_model->scenarioAt(source.row());
    m_selected = s ? s->id : 0;
    m_editor->setScenario(s ? std::optional<project::Scenario>(*s) : std::nullopt);
}

void ScenariosView::onReloaded()
{
    refreshTags();
    const int row = m_model->rowOf(m_selected);
    if (row >= 0) {
        const project::Scenario* s = m_model->scenarioAt(row);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        {
            const QSignalBlocker block(m_list->selectionModel());
            m_list->setCurrentIndex(index);
        }
        // Reloading after one's own edit must not move the cursor: only show the store's copy when it differs.
        if (!m_editor->scenario() || !(*m_editor->scenario() == *s)) m_editor->setScenario(*s);
    } else if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        m_selected = 0;
        m_editor->setScenario(std::nullopt);
    }
}

void ScenariosView::refreshTags()
{
    const QString current = m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentText() : QString();
    const QSignalBlocker block(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"));
    m_tagFilter->addItems(m_model->allTags());
    const int index = m_tagFilter->findText(current);
    m_tagFilter->setCurrentIndex(index > 0 ? index : 0);
}

void ScenariosView::addScenario()
{
    project::Scenario s;
    s.name = tr("New scenario");
    s.prompt = tr("Describe the dilemma here.\n\nAnswer on this scale:\n1 - Strongly favour option A\n2 - Somewhat favour option A\n"
                  "3 - Neutral\n4 - Somewhat favour option B\n5 - Strongly favour option B");
    auto* command = new AddScenarioCommand(m_session, s);
    m_session.undoStack()->push(command);
    selectScenario(command->scenarioId());
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void ScenariosView::removeSelected()
{
    const int row = m_model->rowOf(m_selected);
    if (const project::Scenario* s = m_model->scenarioAt(row)) m_session.undoStack()->push(new RemoveScenarioCommand(m_session, *s));
}

void ScenariosView::moveSelected(int delta)
{
    QList<qint64> before;
    for (int i = 0; i < m_model->rowCount(); ++i) before << m_model->scenarioAt(i)->id;
    const qsizetype from = before.indexOf(m_selected);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= before.size()) return;
    QList<qint64> after = before;
    after.move(from, to);
    m_session.undoStack()->push(new ReorderScenariosCommand(m_session, before, after));
}

void ScenariosView::importFile(const QString& path)
{
    try {
        const project::ScenarioImport imported = project::importScenarioFile(path);
        const QList<project::Scenario> existing = m_session.project().scenarios().list();
        const project::ImportDuplicates duplicates = project::findDuplicates(existing, imported.scenarios);
        auto choice = project::DuplicateChoice::Skip;
        if (!duplicates.isEmpty()) {
            const auto answer = m_askAboutDuplicates(QFileInfo(path).fileName(), duplicates);
            if (!answer) {
                m_session.inform(tr("Import of %1 cancelled: nothing was changed.").arg(path));
                return;
            }
            choice = *answer;
        }
        const project::ScenarioImportPlan plan = project::planScenarioImport(existing, imported.scenarios, choice);
        applyImport(plan);
        QList<project::Scenario> written = plan.additions;
        for (const project::ScenarioReplacement& r : plan.replacements) written << r.incoming;
        const QStringList withoutScale = project::namesWithoutAnswerScale(written);
        m_session.inform(importReport(plan, imported.rejected, withoutScale), !imported.rejected.isEmpty() || !withoutScale.isEmpty());
    } catch (const std::exception& e) {
        m_session.inform(tr("Could not import %1: %2").arg(path, QString::fromUtf8(e.what())), true);
    }
}

void ScenariosView::applyImport(const project::ScenarioImportPlan& plan)
{
    if (plan.changesNothing()) return;
    QUndoStack* stack = m_session.undoStack();
    stack->beginMacro(tr("Import %n scenario(s)", nullptr, static_cast<int>(plan.additions.size() + plan.replacements.size())));
    try {
        // The project's scenario keeps its id: the runs and results that refer to it still do, and undo restores it.
        for (const project::ScenarioReplacement& r : plan.replacements) stack->push(new EditScenarioCommand(m_session, r.existing, r.incoming));
        for (const project::Scenario& s : plan.additions) stack->push(new AddScenarioCommand(m_session, s));
    } catch (...) {
        stack->endMacro(); // the stack stays usable; what was written is one undo step
        throw;
    }
    stack->endMacro();
}

QString ScenariosView::importReport(const project::ScenarioImportPlan& plan, const QStringList& rejected, const QStringList& withoutScale) const
{
    QString text = tr("Imported %n scenario(s)", nullptr, static_cast<int>(plan.additions.size()));
    if (!plan.replacements.isEmpty()) text += tr(", replaced %1").arg(plan.replacements.size());
    if (!plan.skipped.isEmpty()) text += tr(", skipped %1").arg(plan.skipped.size());
    if (!plan.renamed.isEmpty()) {
        QStringList names;
        for (const auto& [original, given] : plan.renamed) names << given;
        text += tr("; copies added under new names: %1").arg(NameListText::someNames(names));
    }
    if (!rejected.isEmpty()) text += tr("; rejected: %1").arg(rejected.join(QStringLiteral("; ")));
    if (!withoutScale.isEmpty())
        text += tr(". No 1–5 answer scale in: %1 (add numbered lines “1 - …” to “5 - …” to the prompt so that answers can be read as decisions)")
                    .arg(NameListText::someNames(withoutScale, 10));
    return text;
}

void ScenariosView::exportFile(const QString& path)
{
    try {
        project::PrivateFileWriter::writeAll(path, QByteArray::fromStdString(project::exportScenariosJson(m_session.project().scenarios().list())));
    } catch (const std::exception& e) {
        m_session.inform(QString::fromUtf8(e.what()), true);
        return;
    }
    m_session.inform(tr("Exported %n scenario(s) to %1", nullptr, m_model->rowCount()).arg(path));
}

} // namespace vr::ui
