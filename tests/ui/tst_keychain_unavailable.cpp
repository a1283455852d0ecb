// API keys with no keychain service (CTest points D-Bus at a socket that does not exist): the workbench says how to
// use the environment instead — in the Models page, in Settings, and in the banner when a key could not be saved —
// and a key typed in Settings still serves this session, marked as kept for this session only.
#include "key_store.h"
#include "main_window.h"
#include "models_view.h"
#include "settings_dialog.h"
#include "workbench_fixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vr;
using namespace vr::ui;

namespace {

const QString kOpenAi = QStringLiteral("OPENAI_API_KEY");
const QByteArray kTypedKey = "sk-proj-vrNoKeychain-6Fp3Ra8Wd1Ne5Yh2";

KeySource sourceOf(const KeyStore& keys, const QString& variable)
{
    for (const ProviderKeyStatus& s : keys.status())
        if (s.variable == variable) return s.source;
    return KeySource::NotNeeded;
}

} // namespace

class KeychainUnavailableTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("vr-no-such-bus")),
                 "run through ctest: the session bus must point nowhere, or a real keyring would answer");
        test::isolateSettings();
        for (const char* key : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "DEEPSEEK_API_KEY", "MISTRAL_API_KEY"})
            qunsetenv(key);
        m_window = std::make_unique<MainWindow>(); // asks the keychain as it starts
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void theModelsPageSaysWhatToDoInstead()
    {
        // Once every lookup has answered, the Models page explains.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->modelsView()->keyStatus()->text().contains(QStringLiteral("No keychain service is available")), 20000);
        QVERIFY(!m_window->keys().keychainAvailable());
        const QString problem = m_window->keys().keychainProblem();
        QVERIFY2(problem.startsWith(QStringLiteral("No keychain service is available (")), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("export OPENAI_API_KEY=")));
        QVERIFY(problem.contains(QStringLiteral(".env file")));
        QCOMPARE(sourceOf(m_window->keys(), kOpenAi), KeySource::Missing);
        QVERIFY(!m_window->banner()->isVisible()); // a start without a keychain is not an error
    }

    void settingsSayItAndATypedKeyServesThisSession()
    {
        KeyStore& keys = m_window->keys();
        SettingsDialog dialog(keys, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.keychainNote()->text(), keys.keychainProblem());
        QVERIFY(!dialog.removeKeyButton(kOpenAi)->isEnabled());
        QSignalSpy failed(&keys, &KeyStore::keychainError);
        QSignalSpy stored(&keys, &KeyStore::stored);
        QTest::keyClicks(dialog.keyEdit(kOpenAi), QString::fromLatin1(kTypedKey));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(failed.count() == 1 || failed.wait(20000));
        QCOMPARE(stored.count(), 0);
        QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("No keychain service is available")));
        // The banner says the key was not kept; this session still has it.
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->text(), keys.keychainProblem());
        QCOMPARE(qgetenv("OPENAI_API_KEY"), kTypedKey);
        QCOMPARE(sourceOf(keys, kOpenAi), KeySource::SessionOnly);
        QVERIFY(m_window->modelsView()->keyStatus()->text().contains(QStringLiteral("set (this session only)")));
        QVERIFY(!m_window->banner()->text().contains(QString::fromLatin1(kTypedKey)));
        qunsetenv("OPENAI_API_KEY");
    }
};

QTEST_MAIN(KeychainUnavailableTest)
#include "tst_keychain_unavailable.moc"
