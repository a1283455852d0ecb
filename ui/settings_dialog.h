#pragma once
// Preferences: default concurrency, summary model, decision parser, language, and API keys (saved to the OS
// keychain when one is available; otherwise the dialog says how to use the environment instead).
#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
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

private:
    KeyStore& m_keyStore;
    QSpinBox* m_concurrency;
    QLineEdit* m_summaryModel;
    QComboBox* m_parser;
    QComboBox* m_language;
    QMap<QString, QLineEdit*> m_keys;
    QLabel* m_keychainNote;
};

} // namespace vr::ui
