#pragma once
// A titled list of checkable items with what a long list needs: a filter by text, an optional filter by tag, and
// "All" / "None" buttons that tick or untick the items the filters show. Used by the run designer for scenarios and
// models.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace vr::ui {

class CheckListPanel : public QWidget {
    Q_OBJECT
public:
    CheckListPanel(const QString& title, const QString& objectName, QWidget* parent = nullptr);

    // Adds an item; `searchText` is what the text filter matches (besides the label), `tags` what the tag filter offers.
    QListWidgetItem* addItem(const QString& label, bool checked, bool checkable, const QString& searchText = {}, const QStringList& tags = {});
    void setTags(const QStringList& tags); // shows the tag filter when there are any
    QListWidget* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* tagFilter() const { return m_tag; }
    QPushButton* allButton() const { return m_all; }
    QPushButton* noneButton() const { return m_none; }
    int checkedCount() const;

signals:
    void checkedChanged();

private:
    void applyFilter();
    void setVisibleChecked(bool checked);
    void updateTitle();

    QString m_titleText;
    QLabel* m_title;
    QLineEdit* m_filter;
    QComboBox* m_tag;
    QPushButton* m_all;
    QPushButton* m_none;
    QListWidget* m_list;
};

} // namespace vr::ui
