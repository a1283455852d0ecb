#include "check_list_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vr::ui {
namespace {

constexpr int kSearchRole = Qt::UserRole + 1;
constexpr int kTagsRole = Qt::UserRole + 2;

} // namespace

CheckListPanel::CheckListPanel(const QString& title, const QString& objectName, QWidget* parent) : QWidget(parent), m_titleText(title)
{
    m_title = new QLabel(title, this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(objectName + QStringLiteral("Tag"));
    m_tag->setVisible(false);
    m_all = new QPushButton(tr("All", "tick every item shown"), this);
    m_all->setObjectName(objectName + QStringLiteral("All"));
    m_all->setToolTip(tr("Tick every item the filter shows"));
    m_none = new QPushButton(tr("None", "untick every item shown"), this);
    m_none->setObjectName(objectName + QStringLiteral("None"));
    m_none->setToolTip(tr("Untick every item the filter shows"));
    m_list = new QListWidget(this);
    m_list->setObjectName(objectName);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_tag);
    tools->addWidget(m_all);
    tools->addWidget(m_none);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(tools);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CheckListPanel::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &CheckListPanel::applyFilter);
    connect(m_all, &QPushButton::clicked, this, [this] { setVisibleChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setVisibleChecked(false); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateTitle();
        emit checkedChanged();
    });
}

QListWidgetItem* CheckListPanel::addItem(const QString& label, bool checked, bool checkable, const QString& searchText, const QStringList& tags)
{
    const QSignalBlocker block(m_list);
    auto* item = new QListWidgetItem(label, m_list);
    item->setFlags(checkable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(kSearchRole, label + QLatin1Char(' ') + searchText);
    item->setData(kTagsRole, tags);
    updateTitle();
    return item;
}

void CheckListPanel::setTags(const QStringList& tags)
{
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : tags) m_tag->addItem(tag, tag);
    m_tag->setVisible(!tags.isEmpty());
    m_filter->setPlaceholderText(tags.isEmpty() ? tr("Filter by name") : tr("Filter by name or tag"));
}

int CheckListPanel::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked && (m_list->item(i)->flags() & Qt::ItemIsEnabled)) ++n;
    return n;
}

void CheckListPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const QString tag = m_tag->currentData().toString();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QStringList tags = item->data(kTagsRole).toStringList();
        const bool textMatches = text.isEmpty() || item->data(kSearchRole).toString().contains(text, Qt::CaseInsensitive)
                                 || tags.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive);
        item->setHidden(!textMatches || (!tag.isEmpty() && !tags.contains(tag)));
    }
}

void CheckListPanel::setVisibleChecked(bool checked)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled)) item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateTitle();
    emit checkedChanged();
}

void CheckListPanel::updateTitle()
{
    m_title->setText(tr("%1 (%2 of %3 chosen)").arg(m_titleText).arg(checkedCount()).arg(m_list->count()));
}

} // namespace vr::ui
