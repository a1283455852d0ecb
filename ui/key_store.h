#pragma once
// Where each provider's API key comes from — the environment, a .env file, or the OS keychain (QtKeychain) —
// and saving keys to the keychain from the settings dialog, or removing them from it. Keys read from the keychain
// are put into this process's environment only; they are never written to the project, a log or an export.
// The order keys are found in is in docs/api-keys.md.
#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace vr::ui {

// SessionOnly: typed in Settings, but the keychain could not keep it — it is gone when the workbench quits.
enum class KeySource { Environment, DotEnv, Keychain, SessionOnly, Missing, NotNeeded };

struct ProviderKeyStatus {
    QString provider;    // "openai"
    QString displayName; // "OpenAI"
    QString variable;    // "OPENAI_API_KEY"
    KeySource source = KeySource::Missing;
};

class KeyStore : public QObject {
    Q_OBJECT
public:
    explicit KeyStore(QObject* parent = nullptr);

    QList<ProviderKeyStatus> status() const;
    static QString describe(KeySource source);

    // Reads every missing key from the keychain (asynchronously); `done` runs when all lookups finished.
    void loadFromKeychain(std::function<void()> done = {});
    // Stores a key in the keychain and in this process's environment, where it replaces any other value until
    // removed; `stored` follows once the keychain has it, keychainError if it could not take it.
    void save(const QString& variable, const QString& key);
    // Removes a stored key from the keychain and stops using it in this process (a value the environment or the
    // .env file gave before it was saved is used again); `removed` follows once the keychain dropped it.
    void remove(const QString& variable);
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    void changed();
    void keychainError(const QString& message);
    void stored(const QString& variable);
    void removed(const QString& variable);

private:
    void keychainFailed(const QString& error);

    QStringList m_fromKeychain;
    QStringList m_sessionOnly; // saved, but the keychain failed to store them
    QMap<QString, QByteArray> m_shadowed; // values from the environment or .env that a saved key replaced
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace vr::ui
