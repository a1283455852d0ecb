#pragma once
// Where each provider's API key comes from — the environment, a .env file, or the OS keychain (QtKeychain) —
// and saving keys to the keychain from the settings dialog. Keys read from the keychain are put into this
// process's environment only; they are never written to the project, a log or an export.
#include <QObject>
#include <QString>

#include <functional>

namespace vr::ui {

enum class KeySource { Environment, DotEnv, Keychain, Missing, NotNeeded };

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
    // Stores a key in the keychain and in this process's environment; reports failures through keychainError.
    void save(const QString& variable, const QString& key);
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    void changed();
    void keychainError(const QString& message);

private:
    QStringList m_fromKeychain;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace vr::ui
