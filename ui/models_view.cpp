#include "models_view.h"

#include "display_text.h"
#include "edit_commands.h"
#include "key_store.h"
#include "llm/llm_call.h"
#include "llm/model_capabilities.h"
#include "llm/model_route.h"
#include "model_catalog_model.h"
#include "project_session.h"
#include "protocol/worker_error.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vr::ui {

ModelsView::ModelsView(ProjectSession& session, KeyStore& keys, QWidget* parent) : QWidget(parent), m_session(session), m_keys(keys)
{
    m_model = new ModelCatalogModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("modelTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->resizeColumnsToContents();
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(ModelCatalogModel::DisplayName, std::max(160, m_table->columnWidth(ModelCatalogModel::DisplayName)));
    });

    m_newId = new QLineEdit(this);
    m_newId->setObjectName(QStringLiteral("newModelId"));
    m_newId->setPlaceholderText(tr("anthropic:claude-sonnet-4-20250514, gpt-4o, local:llama3, mock:demo"));
    auto* add = new QPushButton(tr("Add model"), this);
    add->setObjectName(QStringLiteral("addModel"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeModel"));
    auto* test = new QPushButton(tr("Test"), this);
    test->setObjectName(QStringLiteral("testModel"));
    test->setToolTip(tr("Send one short probe to the selected model"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::RichText);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newId, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    addRow->addWidget(test);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_testResult);
    layout->addWidget(new QLabel(tr("<b>API keys</b>"), this));
    layout->addWidget(m_keyStatus);

    connect(add, &QPushButton::clicked, this, [this] { addModel(m_newId->text()); });
    connect(m_newId, &QLineEdit::returnPressed, this, [this] { addModel(m_newId->text()); });
    connect(remove, &QPushButton::clicked, this, &ModelsView::removeSelected);
    connect(test, &QPushButton::clicked, this, &ModelsView::testSelected);
    connect(&keys, &KeyStore::changed, this, &ModelsView::refreshKeys);
    refreshKeys();
}

void ModelsView::refreshKeys()
{
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const ProviderKeyStatus& s : m_keys.status()) {
        const QString color = s.source == KeySource::Missing ? QStringLiteral("#b42828") : QStringLiteral("#1f7a3a");
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td style='color:%3'>%4</td></tr>")
                    .arg(s.displayName, s.variable, color, KeyStore::describe(s.source));
    }
    html += QStringLiteral("</table>");
    if (!m_keys.keychainAvailable()) html += QStringLiteral("<p>%1</p>").arg(m_keys.keychainProblem().toHtmlEscaped());
    m_keyStatus->setText(html);
}

void ModelsView::addModel(const QString& modelId)
{
    const QString id = modelId.trimmed();
    if (id.isEmpty()) return;
    if (m_session.project().models().findByModelId(id)) {
        m_session.inform(tr("%1 is already in the catalog").arg(id), true);
        return;
    }
    if (llm::inferProvider(id.toStdString()) == llm::Provider::Unknown) {
        m_session.inform(tr("Cannot tell which provider serves \"%1\": use a prefix such as openai:, anthropic:, google:, local: or mock:").arg(id), true);
        return;
    }
    project::ModelEntry entry;
    entry.modelId = id;
    // List prices from the capabilities table where it knows them (editable in the catalog).
    const llm::ModelRoute route = llm::routeModel(id.toStdString());
    const llm::ModelCapabilities caps = llm::tableCapabilities(route.provider, route.model);
    entry.costInputPerMillion = caps.inputPrice;
    entry.costOutputPerMillion = caps.outputPrice;
    m_session.undoStack()->push(new AddModelCommand(m_session, entry));
    m_newId->clear();
}

void ModelsView::removeSelected()
{
    if (const project::ModelEntry* m = m_model->modelAt(m_table->currentIndex().row()))
        m_session.undoStack()->push(new RemoveModelCommand(m_session, *m));
}

void ModelsView::testSelected()
{
    const project::ModelEntry* m = m_model->modelAt(m_table->currentIndex().row());
    if (!m) {
        m_testResult->setText(tr("Select a model to test."));
        return;
    }
    llm::ChatRequest request;
    request.modelId = m->modelId.toStdString();
    request.messages = {{"user", "This is a connection test. Reply with the single word OK."}};
    request.maxTokens = 16;
    auto* call = new llm::LlmCall(request, false, nullptr, this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_testResult->setText(tr("Testing %1…").arg(m->modelId));
    const QString modelId = m->modelId;
    connect(call, &llm::LlmCall::finished, this, [this, call, timer, modelId] {
        call->deleteLater();
        if (call->succeeded()) {
            m_testResult->setStyleSheet(QStringLiteral("color: #1f7a3a;"));
            m_testResult->setText(tr("%1 answered in %2 ms: \"%3\"")
                                      .arg(modelId)
                                      .arg(timer->elapsed())
                                      .arg(QString::fromStdString(call->response().content).left(80)));
        } else {
            const WorkerError e = call->failureAsWorkerError();
            m_testResult->setStyleSheet(QStringLiteral("color: #b42828;"));
            m_testResult->setText(tr("%1 failed. %2").arg(modelId, failureText(QString::fromLatin1(errorCodeName(e.code()).data()),
                                                                                  QString::fromStdString(e.message()))));
        }
        emit testFinished(call->succeeded());
    });
    call->start();
}

} // namespace vr::ui
