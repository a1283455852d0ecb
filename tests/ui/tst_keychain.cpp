// API keys in a real Secret Service: gnome-keyring in a private D-Bus session and a fresh home directory
// (tests/ui/run_with_keyring.sh; run directly, the test fails rather than touch a real keyring). A key is typed into
// Settings and saved as a person would, found again by a fresh start, replaced, sent as the Authorization header by
// a model test and by a run against a loopback server, removed from Settings — and never written to the settings
// file, the project, an export, a log line or a stored error.
#include "key_store.h"
#include "main_window.h"
#include "model_catalog_model.h"
#include "mock_provider_server.h"
#include "models_view.h"
#include "project_session.h"
#include "protocol/json_log.h"
#include "provider_shapes.h"
#include "run/run_export.h"
#include "runs_view.h"
#include "secret_leak_scan.h"
#include "secret_service_probe.h"
#include "settings_dialog.h"
#include "workbench_fixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace vr;
using namespace vr::ui;

namespace {

const QString kOpenAi = QStringLiteral("OPENAI_API_KEY");
const QByteArray kFirstKey = "sk-proj-vrKeychainFirst-4Qm8Zt2Lx9Wc7Rb3";
const QByteArray kSecondKey = "sk-proj-vrKeychainSecond-8Hd5Pn1Vy6Ks0Tj4";
const QByteArray kEnvironmentKey = "sk-proj-vrFromTheEnvironment-2Gc9Xw5Mb7";

QMutex logMutex;
QStringList logLines; // every JSON log line and Qt message of the process
QtMessageHandler qtHandler = nullptr;

void collectQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << text;
    }
    if (qtHandler) qtHandler(type, context, text);
}

void selectModel(ModelsView* models, const QString& modelId)
{
    for (int row = 0; row < models->model()->rowCount(); ++row)
        if (models->model()->modelAt(row)->modelId == modelId) models->table()->setCurrentIndex(models->model()->index(row, 0));
}

KeySource sourceOf(const KeyStore& keys, const QString& variable)
{
    for (const ProviderKeyStatus& s : keys.status())
        if (s.variable == variable) return s.source;
    return KeySource::NotNeeded;
}

// A fresh start as far as keys go: the key is not in this process's environment, the keychain is asked.
bool loadAsAtStart(KeyStore& keys)
{
    qunsetenv("OPENAI_API_KEY");
    QSignalSpy loaded(&keys, &KeyStore::changed);
    keys.loadFromKeychain();
    return loaded.count() > 0 || loaded.wait(20000);
}

QPushButton* okButton(SettingsDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// Types `key` into the dialog's OpenAI field and presses OK; true once the keychain has stored it.
bool typeAndSave(KeyStore& keys, const QByteArray& key)
{
    SettingsDialog dialog(keys);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) return false;
    QSignalSpy stored(&keys, &KeyStore::stored);
    QSignalSpy failed(&keys, &KeyStore::keychainError);
    QTest::keyClicks(dialog.keyEdit(kOpenAi), QString::fromLatin1(key));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    if (dialog.result() != QDialog::Accepted || dialog.isVisible()) return false;
    if (stored.count() == 0 && !stored.wait(20000)) return false;
    return failed.isEmpty() && stored.first().first().toString() == kOpenAi;
}

} // namespace

class KeychainTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::MockProviderServer m_mock;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_runId = 0;

    ProjectSession& session() { return m_window->session(); }

    // Runs `scenarioCount` scenarios once on gpt-4o (OpenAI, pointed at the loopback server) to the end.
    qint64 runGpt4o(int scenarioCount)
    {
        RunsView* runs = m_window->runsView();
        project::RunConfig config;
        config.maxTurns = 1;
        config.concurrency = 1;
        const auto gpt4o = session().project().models().findByModelId(QStringLiteral("gpt-4o"));
        if (!gpt4o) return 0;
        QSignalSpy finished(runs, &RunsView::runFinished);
        const qint64 runId = runs->startNewRun(session().project().scenarios().list().mid(0, scenarioCount), {*gpt4o}, config);
        if (runId <= 0 || (finished.count() == 0 && !finished.wait(30000))) return 0;
        return runId;
    }

private slots:
    void initTestCase()
    {
        // The wrapper names the private home it made; anywhere else this test would write to a real keyring.
        QVERIFY2(!qEnvironmentVariableIsEmpty("VR_PRIVATE_KEYRING") && qEnvironmentVariable("VR_PRIVATE_KEYRING") == QDir::homePath(),
                 "run this test through tests/ui/run_with_keyring.sh (ctest does): it needs a private Secret Service");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_dir.path().startsWith(QDir::homePath()), qPrintable(m_dir.path())); // the project lives in the private home
        test::isolateSettings();
        for (const char* key : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY", "MISTRAL_API_KEY"})
            qunsetenv(key);
        qputenv("OPENAI_BASE_URL", (m_mock.url() + QStringLiteral("/openai/v1")).toUtf8());
        m_mock.setResponder([](const test::RecordedRequest& r) { return test::providerSuccess(r); });
        JsonLogger::setMinimumLevel("trace"); // every line the process writes is looked at
        JsonLogger::setSink([](const std::string& line) {
            QMutexLocker lock(&logMutex);
            logLines << QString::fromStdString(line);
        });
        qtHandler = qInstallMessageHandler(collectQtMessage);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        JsonLogger::setSink(nullptr);
        qInstallMessageHandler(qtHandler);
    }

    void theSecretServiceAnswers()
    {
        KeyStore keys;
        QVERIFY(loadAsAtStart(keys));
        QVERIFY2(keys.keychainAvailable(), qPrintable(keys.keychainProblem()));
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Missing);
        QCOMPARE(test::secretServiceItemCount(kOpenAi), 0);
    }

    void aKeySavedInSettingsIsInTheKeychain()
    {
        KeyStore keys;
        QVERIFY(loadAsAtStart(keys));
        {
            SettingsDialog dialog(keys);
            QVERIFY(dialog.keychainNote()->text().contains(QStringLiteral("saved in the system keychain")));
            QVERIFY(!dialog.removeKeyButton(kOpenAi)->isEnabled()); // nothing stored yet
        }
        QVERIFY(typeAndSave(keys, kFirstKey));
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kFirstKey); // this session uses it at once
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Keychain);
        // The Secret Service has it, as any other client sees it.
        QCOMPARE(test::secretServiceLookup(kOpenAi), kFirstKey);

        KeyStore fresh;
        QVERIFY(loadAsAtStart(fresh));
        QCOMPARE(sourceOf(fresh, kOpenAi), KeySource::Keychain);
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kFirstKey);
    }

    void aReplacedKeyGivesWayToTheNewOne()
    {
        KeyStore keys;
        QVERIFY(loadAsAtStart(keys));
        {
            SettingsDialog dialog(keys);
            QCOMPARE(dialog.keyEdit(kOpenAi)->placeholderText(), QStringLiteral("set (keychain)"));
            QVERIFY(dialog.keyEdit(kOpenAi)->text().isEmpty()); // a stored key is never shown
        }
        QVERIFY(typeAndSave(keys, kSecondKey));
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kSecondKey);
        QCOMPARE(test::secretServiceLookup(kOpenAi), kSecondKey);
        QCOMPARE(test::secretServiceItemCount(kOpenAi), 1); // replaced, not added

        KeyStore fresh;
        QVERIFY(loadAsAtStart(fresh));
        QCOMPARE(sourceOf(fresh, kOpenAi), KeySource::Keychain);
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kSecondKey);
    }

    void theWorkbenchSendsTheStoredKey()
    {
        qunsetenv("OPENAI_API_KEY");
        m_window = std::make_unique<MainWindow>(); // reads the keychain as it starts
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ModelsView* models = m_window->modelsView();
        // The Models page says where the key came from once every lookup has answered.
        QTRY_VERIFY_WITH_TIMEOUT(models->keyStatus()->text().contains(QStringLiteral("set (keychain)")), 20000);
        QCOMPARE(sourceOf(m_window->keys(), kOpenAi), KeySource::Keychain);
        QVERIFY(m_window->openProject(test::copyDemoProject(m_dir)));
        m_window->showPage(MainWindow::Page::Models);
        models->addModel(QStringLiteral("gpt-4o"));
        QVERIFY(session().project().models().findByModelId(QStringLiteral("gpt-4o")));

        // The model test (one LLM call) carries it.
        QSignalSpy tested(models, &ModelsView::testFinished);
        selectModel(models, QStringLiteral("gpt-4o"));
        QTest::mouseClick(models->findChild<QPushButton*>(QStringLiteral("testModel")), Qt::LeftButton);
        QVERIFY(tested.count() == 1 || tested.wait(20000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(models->testResult()->text()));
        QCOMPARE(m_mock.requestCount(), 1);
        QCOMPARE(m_mock.requests().last().headers.value("authorization"), QByteArray("Bearer " + kSecondKey));

        // So does every call of a run.
        m_window->showPage(MainWindow::Page::Runs);
        m_runId = runGpt4o(3);
        QVERIFY(m_runId > 0);
        const auto summary = session().project().runs().summary(m_runId);
        QCOMPARE(summary->done, 3);
        QCOMPARE(summary->failed, 0);
        const QList<test::RecordedRequest> requests = m_mock.requests();
        QCOMPARE(requests.size(), 4);
        for (const test::RecordedRequest& r : requests) {
            QVERIFY2(r.target.startsWith("/openai/v1/"), r.target.constData());
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer " + kSecondKey));
        }
    }

    void aProviderQuotingTheKeyLeavesItOutOfStoredErrors()
    {
        // OpenAI's 401 quotes the key it was sent; the stored error, the banner and the logs must not.
        m_mock.setResponder([](const test::RecordedRequest& r) {
            const QByteArray sent = r.headers.value("authorization").mid(7);
            return test::MockReply::json(R"({"error": {"message": "Incorrect API key provided: )" + sent +
                                             R"(. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "code": "invalid_api_key"}})",
                                         401);
        });
        const qint64 runId = runGpt4o(1);
        const QList<test::RecordedRequest> requests = m_mock.requests();
        m_mock.setResponder([](const test::RecordedRequest& r) { return test::providerSuccess(r); }); // forgets the requests
        QVERIFY(runId > 0);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer " + kSecondKey));
        const QList<project::CellRecord> cells = session().project().runs().cells(runId);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells[0].errorCode, QStringLiteral("AUTH_ERROR"));
        QVERIFY2(cells[0].errorMessage.contains(QStringLiteral("Incorrect API key provided: [redacted]")), qPrintable(cells[0].errorMessage));
        QVERIFY2(test::scanBytes(QStringLiteral("stored error"), cells[0].errorMessage.toUtf8(), {kSecondKey}).leaks.isEmpty(),
                 qPrintable(cells[0].errorMessage));
        QVERIFY(test::scanBytes(QStringLiteral("banner"), m_window->banner()->text().toUtf8(), {kSecondKey}).leaks.isEmpty());
    }

    void exportsHoldNoKey()
    {
        for (const auto& [format, name] : {std::pair{run::ExportFormat::Csv, "run.csv"}, std::pair{run::ExportFormat::JsonLines, "run.jsonl"},
                                           std::pair{run::ExportFormat::Json, "run.json"}}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QCOMPARE(run::exportRun(session().project(), m_runId, format, path), 3);
            const test::LeakScan scan = test::scanFile(path, {kFirstKey, kSecondKey});
            QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join('\n')));
            QVERIFY(QFileInfo(path).size() > 100);
        }
    }

    void aKeyRemovedInSettingsIsGone()
    {
        KeyStore& keys = m_window->keys();
        SettingsDialog dialog(keys, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* remove = dialog.removeKeyButton(kOpenAi);
        QVERIFY(remove->isEnabled());
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("settings-key-in-keychain")));
        QSignalSpy removed(&keys, &KeyStore::removed);
        QSignalSpy failed(&keys, &KeyStore::keychainError);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(removed.count() == 1 || removed.wait(20000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(removed.first().first().toString(), kOpenAi);
        // This session stops using it, and says so.
        QVERIFY(!qEnvironmentVariableIsSet("OPENAI_API_KEY"));
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Missing);
        QCOMPARE(dialog.keyEdit(kOpenAi)->placeholderText(), QStringLiteral("missing"));
        QVERIFY(!remove->isEnabled());
        QVERIFY(m_window->modelsView()->keyStatus()->text().contains(QStringLiteral("missing")));
        dialog.reject();
        // The keychain no longer has it, and a fresh start finds none.
        QCOMPARE(test::secretServiceLookup(kOpenAi), QByteArray());
        QCOMPARE(test::secretServiceItemCount(kOpenAi), 0);
        KeyStore fresh;
        QVERIFY(loadAsAtStart(fresh));
        QVERIFY(fresh.keychainAvailable());
        QCOMPARE(sourceOf(fresh, kOpenAi), KeySource::Missing);
        // And a model test now asks for a key instead of sending one.
        ModelsView* models = m_window->modelsView();
        m_window->showPage(MainWindow::Page::Models);
        const int before = m_mock.requestCount();
        QSignalSpy tested(models, &ModelsView::testFinished);
        selectModel(models, QStringLiteral("gpt-4o"));
        QTest::mouseClick(models->findChild<QPushButton*>(QStringLiteral("testModel")), Qt::LeftButton);
        QVERIFY(tested.count() == 1 || tested.wait(20000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(models->testResult()->text().contains(QStringLiteral("OPENAI_API_KEY is not set")), qPrintable(models->testResult()->text()));
        QCOMPARE(m_mock.requestCount(), before);
    }

    void removingASavedKeyGivesBackTheEnvironmentsKey()
    {
        qputenv("OPENAI_API_KEY", kEnvironmentKey);
        KeyStore keys;
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Environment);
        {
            SettingsDialog dialog(keys);
            QVERIFY(!dialog.removeKeyButton(kOpenAi)->isEnabled()); // the environment's key is not the keychain's to remove
        }
        QVERIFY(typeAndSave(keys, kFirstKey));
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kFirstKey);
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Keychain);
        SettingsDialog dialog(keys);
        QSignalSpy removed(&keys, &KeyStore::removed);
        QTest::mouseClick(dialog.removeKeyButton(kOpenAi), Qt::LeftButton);
        QVERIFY(removed.count() == 1 || removed.wait(20000));
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kEnvironmentKey);
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::Environment);
        QCOMPARE(dialog.keyEdit(kOpenAi)->placeholderText(), QStringLiteral("set (environment)"));
        QCOMPARE(test::secretServiceItemCount(kOpenAi), 0);
        qunsetenv("OPENAI_API_KEY");
    }

    void noKeyIsWrittenAnywhereInTheClear()
    {
        const QList<QByteArray> keys{kFirstKey, kSecondKey};
        // The settings file the dialog wrote.
        QSettings settings;
        settings.sync();
        QVERIFY2(QFileInfo::exists(settings.fileName()), qPrintable(settings.fileName()));
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = settingsFile.readAll();
        QVERIFY(settingsBytes.contains("defaultConcurrency")); // the dialog's settings are there; its keys are not
        const test::LeakScan settingsScan = test::scanBytes(settings.fileName(), settingsBytes, keys);
        QVERIFY2(settingsScan.leaks.isEmpty(), qPrintable(settingsScan.leaks.join('\n')));
        // The project after its runs, its write-ahead log included, read as bytes.
        const QString project = session().path();
        m_window.reset(); // closes the project: everything is in the file
        for (const QString& file : {project, project + QStringLiteral("-wal"), project + QStringLiteral("-journal")}) {
            if (!QFileInfo::exists(file)) continue;
            const test::LeakScan scan = test::scanFile(file, keys);
            QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join('\n')));
        }
        QFile projectFile(project);
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        QVERIFY(projectFile.readAll().contains("Incorrect API key provided")); // the bytes read are the project's
        // Every file of the private home: settings, project, exports, the keyring's own files (encrypted).
        const test::LeakScan everything = test::scanTree(QDir::homePath(), keys);
        QVERIFY2(everything.filesRead >= 6, qPrintable(QString::number(everything.filesRead)));
        QVERIFY2(everything.leaks.isEmpty(), qPrintable(everything.leaks.join('\n')));
    }

    void noKeyReachedTheLog()
    {
        QMutexLocker lock(&logMutex);
        QVERIFY(logLines.size() > 10); // the calls and runs were logged, down to debug lines
        QVERIFY(logLines.join('\n').contains(QStringLiteral("Calling OpenAI API")));
        const test::LeakScan scan = test::scanBytes(QStringLiteral("log"), logLines.join('\n').toUtf8(), {kFirstKey, kSecondKey, kEnvironmentKey});
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join('\n')));
    }
};

QTEST_MAIN(KeychainTest)
#include "tst_keychain.moc"
