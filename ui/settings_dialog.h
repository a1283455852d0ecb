#pragma once
// Preferences: default concurrency, summary model, decision parser, language, and API keys (saved to the OS
// keychain when one is available, each removable from it again; otherwise the dialog says how to use the
// environment instead).
#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vr::ui {

class KeyStore;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(KeyStore& keys, QWidget* parent = nullptr);
    // Writes the settings and the keys typed in.
    void apply();

    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QLineEdit* summaryModelEdit() const { return m_summaryModel; }
    QComboBox* parserBox() const { return m_parser; }
    QLineEdit* keyEdit(const QString& variable) const { return m_keys.value(variable); }
    // Removes the provider's key from the keychain at once; enabled while the key in use came from there.
    QPushButton* removeKeyButton(const QString& variable) const { return m_removeButtons.value(variable); }
    QLabel* keychainNote() const { return m_keychainNote; }

private:
    // Placeholders, remove buttons and the note follow where each key comes from now.
    void refreshKeys();

    KeyStore& m_keyStore;
    QSpinBox* m_concurrency;
    QLineEdit* m_summaryModel;
    QComboBox* m_parser;
    QComboBox* m_language;
    QMap<QString, QLineEdit*> m_keys;
    QMap<QString, QPushButton*> m_removeButtons;
    QLabel* m_keychainNote;
};

} // namespace vr::ui
