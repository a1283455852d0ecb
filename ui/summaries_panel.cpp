#include "summaries_panel.h"

#include "project/transcript_search.h"
#include "project_session.h"
#include "summaries_filter_proxy.h"
#include "summaries_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vr::ui {
namespace {

constexpr int kSearchPauseMs = 250;

QCheckBox* toggle(const QString& text, const QString& objectName, const QString& tip, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setToolTip(tip);
    return box;
}

// Keeps the chosen entry (by its data) when a combo box is refilled.
void refill(QComboBox* box, const QString& allText, const QStringList& values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString& v : values) box->addItem(v, v);
    const int keep = box->findData(current);
    box->setCurrentIndex(keep < 0 ? 0 : keep);
}

} // namespace

SummariesPanel::SummariesPanel(ProjectSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new SummariesModel(session, this);
    m_filter = new SummariesFilterProxy(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("summariesTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("summariesSearch"));
    m_search->setPlaceholderText(tr("Search prompts, answers and explanations…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must occur (case and accents do not matter); \"quotes\" find a phrase. Hover a row to see the match."));
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    m_modelChoice = new QComboBox(this);
    m_modelChoice->setObjectName(QStringLiteral("summariesModelFilter"));
    m_modelChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_decisionChoice = new QComboBox(this);
    m_decisionChoice->setObjectName(QStringLiteral("summariesDecisionFilter"));
    m_decisionChoice->addItem(tr("Any decision"), QString());
    for (const char* code : {"1", "2", "3", "4", "5"}) m_decisionChoice->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_decisionChoice->addItem(tr("other", "decision code"), QStringLiteral("other"));
    m_decisionChoice->addItem(tr("not summarized"), SummariesFilterProxy::kNotSummarized);
    m_stageChoice = new QComboBox(this);
    m_stageChoice->setObjectName(QStringLiteral("summariesStageFilter"));
    m_stageChoice->setToolTip(tr("Show only the decisions that this stage of the parser made"));
    m_stageChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QCheckBox* overridden = toggle(tr("Overridden"), QStringLiteral("summariesOverriddenOnly"), tr("Show only the decisions a person corrected"), this);
    QCheckBox* refusals = toggle(tr("Refusals"), QStringLiteral("summariesRefusalsOnly"), tr("Show only the answers read as refusals"), this);
    QCheckBox* cutShort = toggle(tr("Cut short"), QStringLiteral("summariesCutShortOnly"), tr("Show only the answers cut at the token limit"), this);
    QCheckBox* ambiguous = toggle(tr("Only ambiguous"), QStringLiteral("summariesAmbiguousOnly"),
                                  tr("Show only the decisions where two readings of the answer disagreed"), this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("summariesCount"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_modelChoice);
    filterRow->addWidget(m_decisionChoice);
    filterRow->addWidget(overridden);
    filterRow->addWidget(refusals);
    filterRow->addWidget(cutShort);
    filterRow->addStretch(1);
    filterRow->addWidget(new QLabel(tr("Parser stage:"), this));
    filterRow->addWidget(m_stageChoice);
    filterRow->addWidget(ambiguous);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &SummariesPanel::searchNow);
    connect(m_modelChoice, &QComboBox::currentIndexChanged, this, [this] { m_filter->setModelName(m_modelChoice->currentData().toString()); });
    connect(m_decisionChoice, &QComboBox::currentIndexChanged, this, [this] { m_filter->setDecision(m_decisionChoice->currentData().toString()); });
    connect(m_stageChoice, &QComboBox::currentIndexChanged, this, [this] { m_filter->setStage(m_stageChoice->currentData().toString()); });
    connect(overridden, &QCheckBox::toggled, m_filter, &SummariesFilterProxy::setOnlyOverridden);
    connect(refusals, &QCheckBox::toggled, m_filter, &SummariesFilterProxy::setOnlyRefusals);
    connect(cutShort, &QCheckBox::toggled, m_filter, &SummariesFilterProxy::setOnlyCutShort);
    connect(ambiguous, &QCheckBox::toggled, m_filter, &SummariesFilterProxy::setOnlyAmbiguous);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshChoices();
        if (m_filter->isSearching()) searchNow(); // the run's transcripts changed under the search
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &SummariesPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SummariesPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SummariesPanel::updateCount);
    refreshChoices();
}

void SummariesPanel::setRun(qint64 runId)
{
    m_runId = runId;
    m_model->setRun(runId);
}

void SummariesPanel::searchNow()
{
    m_searchPause->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || project::ftsQueryFor(text).isEmpty() || !m_session.isOpen() || m_runId <= 0) {
        m_filter->setSearchMatches(std::nullopt);
        updateCount();
        return;
    }
    project::TranscriptQuery query;
    query.text = text;
    query.runId = m_runId;
    query.limit = std::max(1, m_model->rowCount());
    QHash<qint64, QString> matches;
    try {
        for (const project::TranscriptHit& hit : project::searchTranscripts(m_session.project().database(), query)) {
            QString snippet = hit.snippet.toHtmlEscaped();
            snippet.replace(project::kMatchStart, QLatin1String("<b>")).replace(project::kMatchEnd, QLatin1String("</b>"));
            matches.insert(hit.transcriptId, QStringLiteral("<p>%1</p>").arg(snippet));
        }
    } catch (const std::exception& e) {
        m_session.inform(tr("The search failed: %1").arg(QString::fromUtf8(e.what())), true);
    }
    m_filter->setSearchMatches(std::move(matches));
    updateCount();
}

void SummariesPanel::refreshChoices()
{
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) seen.insert(m_model->index(row, SummariesModel::Model).data().toString());
    QStringList models(seen.begin(), seen.end());
    models.sort(Qt::CaseInsensitive);
    refill(m_modelChoice, tr("All models"), models);
    refill(m_stageChoice, tr("All stages"), m_filter->stages());
    m_filter->setModelName(m_modelChoice->currentData().toString());
    m_filter->setStage(m_stageChoice->currentData().toString());
    updateCount();
}

void SummariesPanel::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 shown").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

} // namespace vr::ui
