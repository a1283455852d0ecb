#pragma once
// A custom-painted heatmap that stays smooth at 50 × 2 000 cells and beyond: only the visible cells are
// painted, it scrolls, zooms (Ctrl + wheel, or setCellSize), shows a tooltip per cell and reports clicks.
// Used for the model agreement matrix and the model × scenario matrix.
#include <QAbstractScrollArea>
#include <QColor>
#include <QSizeF>
#include <QStringList>

#include <cmath>
#include <functional>
#include <vector>

namespace vr::ui {

class HeatmapWidget : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    // values[row * columns + column]; NaN = no value (drawn blank).
    void setData(QStringList rowLabels, QStringList columnLabels, std::vector<double> values, double minimum, double maximum);
    // Cells to outline (e.g. significant after Holm), same layout as values.
    void setMarks(std::vector<bool> marks);
    // Rows whose label is drawn in the warning colour (e.g. outlier models).
    void setFlaggedRows(QList<int> rows);
    void setColorRange(QColor low, QColor middle, QColor high);
    void setValueFormat(std::function<QString(double)> format);
    void setCellSize(int width, int height);
    void setShowValues(bool show) { m_showValues = show; viewport()->update(); }
    // Scrolls the column into view and outlines it (-1: no column outlined).
    void revealColumn(int column);
    int highlightedColumn() const { return m_highlightedColumn; }
    QSize cellSize() const { return {m_cellWidth, m_cellHeight}; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    double value(int row, int column) const { return m_values[static_cast<size_t>(row) * m_columns.size() + column]; }
    QColor colorFor(double value) const;
    // The whole matrix — every row and column, not the part in view — at the present cell size (for exports).
    QSize naturalSize() const;
    // Paints the whole matrix into `size` (cells stretched to fit, labels thinned where they would overlap); with a
    // vector device (SVG, PDF) every cell is a rectangle and every label text.
    void renderAll(QPainter& painter, QSizeF size) const;
    // The cell at a viewport position, or (-1, -1).
    QPoint cellAt(const QPoint& viewportPos) const;
    QSize sizeHint() const override { return {700, 420}; }

signals:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void updateScrollBars();
    int labelWidth() const;

    QStringList m_rows, m_columns;
    std::vector<double> m_values;
    std::vector<bool> m_marks;
    QList<int> m_flagged;
    double m_min = 0, m_max = 1;
    QColor m_low{49, 104, 196}, m_middle{247, 247, 247}, m_high{221, 110, 40};
    std::function<QString(double)> m_format;
    int m_cellWidth = 48, m_cellHeight = 24;
    int m_headerHeight = 90;
    bool m_showValues = true;
    int m_highlightedColumn = -1;
};

} // namespace vr::ui
