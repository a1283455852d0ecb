#include "image_export_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace vr::ui {

ImageExportDialog::ImageExportDialog(QSize natural, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Image size"));
    const auto spin = [this](int min, int max, int value, const QString& suffix) {
        auto* box = new QSpinBox(this);
        box->setRange(min, max);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_width = spin(100, 16000, natural.width(), tr(" px"));
    m_height = spin(100, 16000, natural.height(), tr(" px"));
    m_dpi = spin(48, 1200, 96, tr(" dpi"));
    m_dpi->setToolTip(tr("Printed size = pixels ÷ dpi inches; at 300 dpi a 2400 px wide image is 8 inches and sharp."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QSize ImageExportDialog::pixels() const
{
    return {m_width->value(), m_height->value()};
}

int ImageExportDialog::dpi() const
{
    return m_dpi->value();
}

} // namespace vr::ui
