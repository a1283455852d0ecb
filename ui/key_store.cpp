#include "key_store.h"

#include "llm/provider.h"
#include "protocol/environment.h"
#include "protocol/json_log.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace vr::ui {
namespace {

const QString kService = QStringLiteral("org.valuerank.Workbench");

const QList<llm::Provider> kProviders{llm::Provider::OpenAI, llm::Provider::Anthropic, llm::Provider::Google, llm::Provider::XAI,
                                      llm::Provider::DeepSeek, llm::Provider::Mistral, llm::Provider::Local};

QString explainKeychainError(const QString& error)
{
    return KeyStore::tr("No keychain service is available (%1). Set keys in the environment instead, for example "
                        "export OPENAI_API_KEY=sk-…, or put them in a .env file in the folder the workbench is started from.")
        .arg(error);
}

} // namespace

KeyStore::KeyStore(QObject* parent) : QObject(parent)
{
    loadDotEnvOnce();
}

QList<ProviderKeyStatus> KeyStore::status() const
{
    QList<ProviderKeyStatus> out;
    for (llm::Provider p : kProviders) {
        const llm::ProviderInfo& info = llm::providerInfo(p);
        ProviderKeyStatus s{QString::fromLatin1(info.id), QString::fromLatin1(info.displayName), QString::fromLatin1(info.keyVariable)};
        if (envNonEmpty(info.keyVariable)) {
            if (m_sessionOnly.contains(s.variable)) s.source = KeySource::SessionOnly;
            else if (m_fromKeychain.contains(s.variable)) s.source = KeySource::Keychain;
            else if (cameFromDotEnv(info.keyVariable)) s.source = KeySource::DotEnv;
            else s.source = KeySource::Environment;
        } else {
            s.source = info.keyRequired ? KeySource::Missing : KeySource::NotNeeded;
        }
        out << s;
    }
    return out;
}

QString KeyStore::describe(KeySource source)
{
    switch (source) {
    case KeySource::Environment: return tr("set (environment)");
    case KeySource::DotEnv: return tr("set (.env file)");
    case KeySource::Keychain: return tr("set (keychain)");
    case KeySource::SessionOnly: return tr("set (this session only)");
    case KeySource::Missing: return tr("missing");
    case KeySource::NotNeeded: return tr("not needed");
    }
    return {};
}

void KeyStore::loadFromKeychain(std::function<void()> done)
{
    auto pending = std::make_shared<int>(0);
    auto finishOne = [this, pending, done] {
        if (--*pending == 0) {
            emit changed();
            if (done) done();
        }
    };
    for (const ProviderKeyStatus& s : status()) {
        if (s.source != KeySource::Missing) continue;
        ++*pending;
        // No parent: a job lives until its answer arrives and then deletes itself. Owned by this store, it would be
        // deleted under libsecret's pending callback when the window closes first (a crash).
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(s.variable);
        const QString variable = s.variable;
        connect(job, &QKeychain::Job::finished, this, [this, job, variable, finishOne] {
            if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
                qputenv(variable.toUtf8().constData(), job->textData().toUtf8());
                JsonLogger::addSecret(job->textData().toStdString());
                m_fromKeychain << variable;
            } else if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError) {
                m_keychainAvailable = false;
                m_keychainProblem = explainKeychainError(job->errorString());
            }
            finishOne();
        });
        job->start();
    }
    if (*pending == 0) {
        ++*pending;
        finishOne();
    }
}

void KeyStore::save(const QString& variable, const QString& key)
{
    if (key.isEmpty()) return;
    const QByteArray name = variable.toUtf8();
    const bool savedBefore = m_fromKeychain.contains(variable) || m_sessionOnly.contains(variable);
    if (!savedBefore && !m_shadowed.contains(variable) && qEnvironmentVariableIsSet(name.constData()))
        m_shadowed.insert(variable, qgetenv(name.constData()));
    qputenv(name.constData(), key.toUtf8());
    JsonLogger::addSecret(key.toStdString());
    m_sessionOnly.removeAll(variable);
    if (!m_fromKeychain.contains(variable)) m_fromKeychain << variable;
    auto* job = new QKeychain::WritePasswordJob(kService); // deletes itself when done (see loadFromKeychain)
    job->setAutoDelete(true);
    job->setKey(variable);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, variable] {
        if (job->error() == QKeychain::NoError) {
            emit stored(variable);
        } else {
            m_fromKeychain.removeAll(variable);
            if (!m_sessionOnly.contains(variable)) m_sessionOnly << variable;
            keychainFailed(job->errorString());
        }
        emit changed();
    });
    job->start();
    emit changed();
}

void KeyStore::remove(const QString& variable)
{
    const QByteArray name = variable.toUtf8();
    if (m_fromKeychain.removeAll(variable) + m_sessionOnly.removeAll(variable) > 0) {
        if (m_shadowed.contains(variable)) qputenv(name.constData(), m_shadowed.take(variable));
        else qunsetenv(name.constData());
    }
    auto* job = new QKeychain::DeletePasswordJob(kService); // deletes itself when done (see loadFromKeychain)
    job->setAutoDelete(true);
    job->setKey(variable);
    connect(job, &QKeychain::Job::finished, this, [this, job, variable] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) emit removed(variable);
        else keychainFailed(job->errorString());
        emit changed();
    });
    job->start();
    emit changed();
}

void KeyStore::keychainFailed(const QString& error)
{
    m_keychainAvailable = false;
    m_keychainProblem = explainKeychainError(error);
    emit keychainError(m_keychainProblem);
}

} // namespace vr::ui
