#pragma once
// Asks how large an exported chart or heatmap should be: width and height in pixels and the resolution (dpi),
// starting from the content's natural size (for a heatmap: every row and column).
#include <QDialog>
#include <QSize>

class QSpinBox;

namespace vr::ui {

class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    ImageExportDialog(QSize natural, QWidget* parent = nullptr);
    QSize pixels() const;
    int dpi() const;

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
};

} // namespace vr::ui
