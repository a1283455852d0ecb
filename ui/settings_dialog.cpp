#include "settings_dialog.h"

#include "key_store.h"
#include "workbench_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <QVBoxLayout>

namespace vr::ui {

SettingsDialog::SettingsDialog(KeyStore& keys, QWidget* parent) : QDialog(parent), m_keyStore(keys)
{
    setWindowTitle(tr("Settings"));
    const WorkbenchSettings settings;
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 512);
    m_concurrency->setValue(settings.defaultConcurrency.get());
    m_summaryModel = new QLineEdit(settings.summaryModel.get(), this);
    m_parser = new QComboBox(this);
    m_parser->addItem(tr("structured-v2 (recommended)"), QStringLiteral("structured-v2"));
    m_parser->addItem(tr("structured-v1 (this project's first parser)"), QStringLiteral("structured-v1"));
    m_parser->addItem(tr("legacy (first digit, as the original workers)"), QStringLiteral("legacy"));
    m_parser->setCurrentIndex(std::max(0, m_parser->findData(settings.parser.get())));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language.get())));

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Default concurrency per provider"), m_concurrency);
    generalForm->addRow(tr("Summary model"), m_summaryModel);
    generalForm->addRow(tr("Decision parser"), m_parser);
    generalForm->addRow(tr("Language (after restart)"), m_language);

    auto* keysBox = new QGroupBox(tr("API keys"), this);
    auto* keysForm = new QFormLayout(keysBox);
    for (const ProviderKeyStatus& s : keys.status()) {
        if (s.source == KeySource::NotNeeded && s.provider != QLatin1String("local")) continue;
        auto* edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        auto* remove = new QPushButton(tr("Remove"), this);
        remove->setObjectName(QStringLiteral("removeKey_") + s.variable);
        remove->setToolTip(tr("Remove the stored %1 from the system keychain now").arg(s.variable));
        const QString variable = s.variable;
        connect(remove, &QPushButton::clicked, this, [this, variable] {
            m_keys.value(variable)->clear();
            m_keyStore.remove(variable);
        });
        m_keys.insert(s.variable, edit);
        m_removeButtons.insert(s.variable, remove);
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(remove);
        keysForm->addRow(QStringLiteral("%1 (%2)").arg(s.displayName, s.variable), row);
    }
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    keysForm->addRow(m_keychainNote);
    refreshKeys();
    connect(&keys, &KeyStore::changed, this, &SettingsDialog::refreshKeys);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(keysBox);
    layout->addWidget(buttons);
}

void SettingsDialog::refreshKeys()
{
    for (const ProviderKeyStatus& s : m_keyStore.status()) {
        if (QLineEdit* edit = m_keys.value(s.variable)) edit->setPlaceholderText(KeyStore::describe(s.source));
        if (QPushButton* remove = m_removeButtons.value(s.variable)) remove->setEnabled(s.source == KeySource::Keychain);
    }
    m_keychainNote->setText(m_keyStore.keychainAvailable()
                                ? tr("Keys typed here are saved in the system keychain, never in the project file.")
                                : m_keyStore.keychainProblem());
}

void SettingsDialog::apply()
{
    const WorkbenchSettings settings;
    settings.defaultConcurrency.set(m_concurrency->value());
    settings.summaryModel.set(m_summaryModel->text().trimmed());
    settings.parser.set(m_parser->currentData().toString());
    settings.language.set(m_language->currentData().toString());
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        if (!it.value()->text().isEmpty()) m_keyStore.save(it.key(), it.value()->text());
}

} // namespace vr::ui
