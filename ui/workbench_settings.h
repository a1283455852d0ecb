#pragma once
// The workbench's preferences over QSettings, typed: each setting has one name, one type and one default.
#include <QSettings>
#include <QString>
#include <QStringList>

namespace vr::ui {

template <typename T>
class SettingValue {
public:
    SettingValue(QString key, T fallback) : m_key(std::move(key)), m_default(std::move(fallback)) {}
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

struct WorkbenchSettings {
    SettingValue<int> defaultConcurrency{QStringLiteral("run/defaultConcurrency"), 8};
    SettingValue<QString> summaryModel{QStringLiteral("summarize/model"), QStringLiteral("mock:explainer")};
    SettingValue<QString> parser{QStringLiteral("summarize/parser"), QStringLiteral("structured-v2")};
    SettingValue<QString> language{QStringLiteral("ui/language"), QString()}; // empty: the system locale
    SettingValue<QStringList> recentProjects{QStringLiteral("files/recent"), QStringList()};

    static constexpr int kMaxRecent = 8;
    void addRecentProject(const QString& path) const;
};

} // namespace vr::ui
