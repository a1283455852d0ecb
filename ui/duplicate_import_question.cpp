#include "duplicate_import_question.h"

#include "name_list_text.h"

#include <QMessageBox>
#include <QPushButton>

namespace vr::ui {

std::optional<project::DuplicateChoice> DuplicateImportQuestion::ask(QWidget* parent, const QString& fileName,
                                                                     const project::ImportDuplicates& duplicates)
{
    QMessageBox box(QMessageBox::Question, tr("Scenarios already in the project"),
                    tr("This project already has %n of the scenarios in %1.", nullptr, int(duplicates.size())).arg(fileName),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("duplicateImportQuestion"));
    QStringList details;
    if (!duplicates.sameContent.isEmpty()) details << tr("The same again (name and content): %1").arg(NameListText::someNames(duplicates.sameContent));
    if (!duplicates.differentContent.isEmpty())
        details << tr("The same name with different content: %1").arg(NameListText::someNames(duplicates.differentContent))
                << tr("“Replace them” gives the project's scenarios the file's content; their runs and results stay with them.");
    const QStringList names = duplicates.sameContent + duplicates.differentContent;
    details << tr("“Keep both” adds the file's scenarios under new names such as “%1 (2)”.").arg(names.value(0));
    box.setInformativeText(details.join(QStringLiteral("\n\n")));

    QPushButton* skip = box.addButton(tr("Skip duplicates"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skipDuplicates"));
    QPushButton* replace = nullptr;
    if (!duplicates.differentContent.isEmpty()) { // replacing a scenario by itself would change nothing
        replace = box.addButton(tr("Replace them"), QMessageBox::AcceptRole);
        replace->setObjectName(QStringLiteral("replaceDuplicates"));
    }
    QPushButton* keepBoth = box.addButton(tr("Keep both"), QMessageBox::AcceptRole);
    keepBoth->setObjectName(QStringLiteral("keepBoth"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImport"));
    box.setDefaultButton(skip);
    box.setEscapeButton(cancel);
    box.exec();

    const QAbstractButton* clicked = box.clickedButton();
    if (clicked == skip) return project::DuplicateChoice::Skip;
    if (replace && clicked == replace) return project::DuplicateChoice::Replace;
    if (clicked == keepBoth) return project::DuplicateChoice::KeepBoth;
    return std::nullopt;
}

} // namespace vr::ui
