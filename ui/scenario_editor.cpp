#include "scenario_editor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vr::ui {
namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QPushButton* button(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_preamble = new QPlainTextEdit(this);
    m_preamble->setObjectName(QStringLiteral("scenarioPreamble"));
    m_preamble->setPlaceholderText(tr("Optional system message, e.g. \"You are a thoughtful advisor.\""));
    m_preamble->setMaximumHeight(70);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("scenarioPrompt"));
    m_prompt->setPlaceholderText(tr("The dilemma, and the scale the model should answer on (1 - … 5 - …)"));
    m_followups = makeTable({tr("Label"), tr("Follow-up prompt")}, this);
    m_followups->setObjectName(QStringLiteral("followups"));
    m_followups->setColumnWidth(0, 110);
    m_dimensions = makeTable({tr("Dimension"), tr("Value")}, this);
    m_dimensions->setObjectName(QStringLiteral("dimensions"));
    m_dimensions->setColumnWidth(0, 160);
    m_dimensions->setMaximumHeight(130);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("scenarioTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. health, loyalty"));
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("scenarioValidation"));
    m_validation->setStyleSheet(QStringLiteral("color: #b42828; font-weight: 600;"));
    m_validation->setWordWrap(true);
    // Room for two lines of problems, always kept: a problem appearing never moves the form below it.
    m_validation->setFixedHeight(m_validation->fontMetrics().lineSpacing() * 2 + 4);
    m_validation->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* followupButtons = new QHBoxLayout;
    auto* addF = button(tr("Add follow-up"), this);
    addF->setObjectName(QStringLiteral("addFollowup"));
    auto* removeF = button(tr("Remove"), this);
    removeF->setObjectName(QStringLiteral("removeFollowup"));
    auto* upF = button(tr("Move up"), this);
    upF->setObjectName(QStringLiteral("followupUp"));
    auto* downF = button(tr("Move down"), this);
    downF->setObjectName(QStringLiteral("followupDown"));
    for (auto* b : {addF, removeF, upF, downF}) followupButtons->addWidget(b);
    followupButtons->addStretch();
    auto* dimensionButtons = new QHBoxLayout;
    auto* addD = button(tr("Add dimension"), this);
    addD->setObjectName(QStringLiteral("addDimension"));
    auto* removeD = button(tr("Remove"), this);
    removeD->setObjectName(QStringLiteral("removeDimension"));
    dimensionButtons->addWidget(addD);
    dimensionButtons->addWidget(removeD);
    dimensionButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Preamble"), m_preamble);
    form->addRow(tr("Prompt"), m_prompt);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addWidget(new QLabel(tr("Follow-ups (asked in order, one per turn)"), this));
    layout->addWidget(m_followups, 1);
    layout->addLayout(followupButtons);
    layout->addWidget(new QLabel(tr("Dimensions (numeric levels the analysis relates to decisions)"), this));
    layout->addWidget(m_dimensions);
    layout->addLayout(dimensionButtons);
    auto* tagsForm = new QFormLayout;
    tagsForm->addRow(tr("Tags"), m_tags);
    layout->addLayout(tagsForm);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(700);
    connect(m_typingPause, &QTimer::timeout, this, &ScenarioEditor::emitIfChanged);
    auto typed = [this] {
        if (m_loading) return;
        updateValidation();
        m_typingPause->start();
    };
    connect(m_name, &QLineEdit::textEdited, this, typed);
    connect(m_tags, &QLineEdit::textEdited, this, typed);
    connect(m_preamble, &QPlainTextEdit::textChanged, this, typed);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, typed);
    connect(m_name, &QLineEdit::editingFinished, this, &ScenarioEditor::commitPendingEdits);
    connect(m_tags, &QLineEdit::editingFinished, this, &ScenarioEditor::commitPendingEdits);
    connect(m_followups, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) emitIfChanged();
    });
    connect(m_dimensions, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) emitIfChanged();
    });
    connect(addF, &QPushButton::clicked, this, &ScenarioEditor::addFollowup);
    connect(removeF, &QPushButton::clicked, this, &ScenarioEditor::removeFollowup);
    connect(upF, &QPushButton::clicked, this, [this] { moveFollowup(-1); });
    connect(downF, &QPushButton::clicked, this, [this] { moveFollowup(1); });
    connect(addD, &QPushButton::clicked, this, &ScenarioEditor::addDimension);
    connect(removeD, &QPushButton::clicked, this, &ScenarioEditor::removeDimension);
    setScenario(std::nullopt);
}

void ScenarioEditor::setScenario(const std::optional<project::Scenario>& scenario)
{
    m_typingPause->stop();
    m_loading = true;
    m_current = scenario;
    setEnabled(scenario.has_value());
    const project::Scenario s = scenario.value_or(project::Scenario{});
    if (m_name->text() != s.name) m_name->setText(s.name);
    if (m_preamble->toPlainText() != s.preamble) m_preamble->setPlainText(s.preamble);
    if (m_prompt->toPlainText() != s.prompt) m_prompt->setPlainText(s.prompt);
    m_followups->setRowCount(0);
    for (const project::Followup& f : s.followups) {
        const int row = m_followups->rowCount();
        m_followups->insertRow(row);
        m_followups->setItem(row, 0, new QTableWidgetItem(f.label));
        m_followups->setItem(row, 1, new QTableWidgetItem(f.prompt));
    }
    m_dimensions->setRowCount(0);
    for (const auto& [name, value] : s.dimensions) {
        const int row = m_dimensions->rowCount();
        m_dimensions->insertRow(row);
        m_dimensions->setItem(row, 0, new QTableWidgetItem(name));
        m_dimensions->setItem(row, 1, new QTableWidgetItem(QString::number(value)));
    }
    const QString tags = s.tags.join(QStringLiteral(", "));
    if (m_tags->text() != tags) m_tags->setText(tags);
    m_loading = false;
    updateValidation();
}

project::Scenario ScenarioEditor::readForm() const
{
    project::Scenario s = m_current.value_or(project::Scenario{});
    s.name = m_name->text().trimmed();
    s.preamble = m_preamble->toPlainText();
    s.prompt = m_prompt->toPlainText();
    s.followups.clear();
    for (int row = 0; row < m_followups->rowCount(); ++row) {
        const auto* label = m_followups->item(row, 0);
        const auto* prompt = m_followups->item(row, 1);
        s.followups.append({label ? label->text() : QString(), prompt ? prompt->text() : QString()});
    }
    s.dimensions.clear();
    for (int row = 0; row < m_dimensions->rowCount(); ++row) {
        const auto* name = m_dimensions->item(row, 0);
        const auto* value = m_dimensions->item(row, 1);
        bool ok = false;
        const double v = value ? value->text().toDouble(&ok) : 0.0;
        if (name && !name->text().trimmed().isEmpty() && ok) s.dimensions.append({name->text().trimmed(), v});
    }
    s.tags.clear();
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty()) s.tags << t.trimmed();
    return s;
}

QString ScenarioEditor::validationMessage() const
{
    if (!m_current) return {};
    QStringList problems;
    if (m_name->text().trimmed().isEmpty()) problems << tr("The scenario needs a name.");
    if (m_prompt->toPlainText().trimmed().isEmpty()) problems << tr("The prompt is empty: this scenario cannot be run.");
    for (int row = 0; row < m_dimensions->rowCount(); ++row) {
        const auto* value = m_dimensions->item(row, 1);
        bool ok = false;
        if (value) value->text().toDouble(&ok);
        if (!ok) problems << tr("Dimension values must be numbers (row %1).").arg(row + 1);
    }
    for (int row = 0; row < m_followups->rowCount(); ++row) {
        const auto* prompt = m_followups->item(row, 1);
        if (!prompt || prompt->text().trimmed().isEmpty()) problems << tr("Follow-up %1 has no prompt and will be skipped.").arg(row + 1);
    }
    return problems.join(QLatin1Char(' '));
}

void ScenarioEditor::updateValidation()
{
    const QString message = validationMessage();
    m_validation->setText(message);
    m_validation->setToolTip(message); // in full, should it need more than two lines
}

void ScenarioEditor::commitPendingEdits()
{
    m_typingPause->stop();
    emitIfChanged();
}

void ScenarioEditor::emitIfChanged()
{
    if (!m_current || m_loading) return;
    const project::Scenario after = readForm();
    updateValidation();
    if (after == *m_current) return;
    const project::Scenario before = *m_current;
    m_current = after;
    emit edited(before, after);
}

void ScenarioEditor::addFollowup()
{
    if (!m_current) return;
    m_loading = true;
    const int row = m_followups->rowCount();
    m_followups->insertRow(row);
    m_followups->setItem(row, 0, new QTableWidgetItem(QStringLiteral("followup_%1").arg(row + 1)));
    m_followups->setItem(row, 1, new QTableWidgetItem(tr("Would you change your rating if the harm were irreversible?")));
    m_loading = false;
    m_followups->setCurrentCell(row, 1);
    emitIfChanged();
}

void ScenarioEditor::removeFollowup()
{
    const int row = m_followups->currentRow();
    if (row < 0) return;
    m_followups->removeRow(row);
    emitIfChanged();
}

void ScenarioEditor::moveFollowup(int delta)
{
    const int row = m_followups->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_followups->rowCount()) return;
    m_loading = true;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem* a = m_followups->takeItem(row, column);
        QTableWidgetItem* b = m_followups->takeItem(target, column);
        m_followups->setItem(row, column, b);
        m_followups->setItem(target, column, a);
    }
    m_loading = false;
    m_followups->setCurrentCell(target, m_followups->currentColumn());
    emitIfChanged();
}

void ScenarioEditor::addDimension()
{
    if (!m_current) return;
    m_loading = true;
    const int row = m_dimensions->rowCount();
    m_dimensions->insertRow(row);
    m_dimensions->setItem(row, 0, new QTableWidgetItem(QStringLiteral("dimension_%1").arg(row + 1)));
    m_dimensions->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
    m_loading = false;
    emitIfChanged();
}

void ScenarioEditor::removeDimension()
{
    const int row = m_dimensions->currentRow();
    if (row < 0) return;
    m_dimensions->removeRow(row);
    emitIfChanged();
}

} // namespace vr::ui
