#pragma once
// The model catalog page: the editable table, where each provider's key comes from, and a "Test" button that
// sends one short probe and shows the latency or the error.
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace vr::ui {

class KeyStore;
class ModelCatalogModel;
class ProjectSession;

class ModelsView : public QWidget {
    Q_OBJECT
public:
    ModelsView(ProjectSession& session, KeyStore& keys, QWidget* parent = nullptr);

    ModelCatalogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* testResult() const { return m_testResult; }
    QLabel* keyStatus() const { return m_keyStatus; }

public slots:
    void addModel(const QString& modelId);
    void removeSelected();
    void testSelected();
    void refreshKeys();

signals:
    void testFinished(bool ok);

private:
    ProjectSession& m_session;
    KeyStore& m_keys;
    ModelCatalogModel* m_model;
    QTableView* m_table;
    QLineEdit* m_newId;
    QLabel* m_testResult;
    QLabel* m_keyStatus;
};

} // namespace vr::ui
