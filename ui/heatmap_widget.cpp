#include "heatmap_widget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace vr::ui {

HeatmapWidget::HeatmapWidget(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("heatmap"));
    m_format = [](double v) { return QString::number(v, 'f', 2); };
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(m_cellWidth);
    verticalScrollBar()->setSingleStep(m_cellHeight);
}

void HeatmapWidget::setData(QStringList rowLabels, QStringList columnLabels, std::vector<double> values, double minimum, double maximum)
{
    m_rows = std::move(rowLabels);
    m_columns = std::move(columnLabels);
    m_values = std::move(values);
    m_values.resize(static_cast<size_t>(m_rows.size()) * static_cast<size_t>(m_columns.size()), std::nan(""));
    m_marks.clear();
    m_flagged.clear();
    m_highlightedColumn = -1;
    m_min = minimum;
    m_max = maximum;
    updateScrollBars();
    viewport()->update();
}

void HeatmapWidget::setMarks(std::vector<bool> marks)
{
    m_marks = std::move(marks);
    viewport()->update();
}

void HeatmapWidget::setFlaggedRows(QList<int> rows)
{
    m_flagged = std::move(rows);
    viewport()->update();
}

void HeatmapWidget::setColorRange(QColor low, QColor middle, QColor high)
{
    m_low = low;
    m_middle = middle;
    m_high = high;
    viewport()->update();
}

void HeatmapWidget::setValueFormat(std::function<QString(double)> format)
{
    m_format = std::move(format);
    viewport()->update();
}

void HeatmapWidget::setCellSize(int width, int height)
{
    m_cellWidth = std::clamp(width, 2, 200);
    m_cellHeight = std::clamp(height, 2, 120);
    horizontalScrollBar()->setSingleStep(m_cellWidth);
    verticalScrollBar()->setSingleStep(m_cellHeight);
    updateScrollBars();
    viewport()->update();
}

void HeatmapWidget::revealColumn(int column)
{
    m_highlightedColumn = column >= 0 && column < m_columns.size() ? column : -1;
    if (m_highlightedColumn >= 0) {
        const int visibleWidth = viewport()->width() - labelWidth();
        const int columnLeft = m_highlightedColumn * m_cellWidth;
        const int dx = horizontalScrollBar()->value();
        if (columnLeft < dx || columnLeft + m_cellWidth > dx + visibleWidth)
            horizontalScrollBar()->setValue(columnLeft - std::max(0, (visibleWidth - m_cellWidth) / 2));
    }
    viewport()->update();
}

QColor HeatmapWidget::colorFor(double value) const
{
    if (std::isnan(value)) return QColor(235, 235, 235);
    const double t = m_max > m_min ? std::clamp((value - m_min) / (m_max - m_min), 0.0, 1.0) : 0.5;
    const auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f), static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    return t < 0.5 ? mix(m_low, m_middle, t * 2) : mix(m_middle, m_high, (t - 0.5) * 2);
}

int HeatmapWidget::labelWidth() const
{
    int widest = 60;
    const QFontMetrics fm(font());
    const int sample = std::min<int>(static_cast<int>(m_rows.size()), 400);
    for (int i = 0; i < sample; ++i) widest = std::max(widest, fm.horizontalAdvance(m_rows[i]));
    return std::min(widest + 12, 240);
}

void HeatmapWidget::updateScrollBars()
{
    const int contentWidth = labelWidth() + static_cast<int>(m_columns.size()) * m_cellWidth;
    const int contentHeight = m_headerHeight + static_cast<int>(m_rows.size()) * m_cellHeight;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
}

QPoint HeatmapWidget::cellAt(const QPoint& pos) const
{
    const int x = pos.x() - labelWidth() + horizontalScrollBar()->value();
    const int y = pos.y() - m_headerHeight + verticalScrollBar()->value();
    if (pos.x() < labelWidth() || pos.y() < m_headerHeight || x < 0 || y < 0) return {-1, -1};
    const int column = x / m_cellWidth;
    const int row = y / m_cellHeight;
    if (row >= m_rows.size() || column >= m_columns.size()) return {-1, -1};
    return {column, row};
}

void HeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().base());
    if (m_rows.isEmpty() || m_columns.isEmpty()) {
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No data"));
        return;
    }
    const int left = labelWidth();
    const int dx = horizontalScrollBar()->value();
    const int dy = verticalScrollBar()->value();
    // Only the cells in view are painted: the cost depends on the window, not on the matrix.
    const int firstColumn = std::max(0, dx / m_cellWidth);
    const int lastColumn = std::min<int>(static_cast<int>(m_columns.size()) - 1, (dx + viewport()->width() - left) / m_cellWidth);
    const int firstRow = std::max(0, dy / m_cellHeight);
    const int lastRow = std::min<int>(static_cast<int>(m_rows.size()) - 1, (dy + viewport()->height() - m_headerHeight) / m_cellHeight);
    const bool drawText = m_showValues && m_cellWidth >= 30 && m_cellHeight >= 14;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1));
    p.setFont(small);
    p.setClipRect(QRect(left, m_headerHeight, viewport()->width() - left, viewport()->height() - m_headerHeight));
    for (int r = firstRow; r <= lastRow; ++r) {
        for (int c = firstColumn; c <= lastColumn; ++c) {
            const QRect cell(left + c * m_cellWidth - dx, m_headerHeight + r * m_cellHeight - dy, m_cellWidth, m_cellHeight);
            const double v = value(r, c);
            p.fillRect(cell.adjusted(0, 0, -1, -1), colorFor(v));
            const size_t i = static_cast<size_t>(r) * m_columns.size() + c;
            if (i < m_marks.size() && m_marks[i]) {
                p.setPen(QPen(Qt::black, 2));
                p.drawRect(cell.adjusted(1, 1, -2, -2));
            }
            if (drawText && !std::isnan(v)) {
                p.setPen(QColor(30, 30, 30));
                p.drawText(cell, Qt::AlignCenter, m_format(v));
            }
        }
    }
    if (m_highlightedColumn >= firstColumn && m_highlightedColumn <= lastColumn) {
        const int x = left + m_highlightedColumn * m_cellWidth - dx;
        const int height = std::min(viewport()->height(), m_headerHeight + static_cast<int>(m_rows.size()) * m_cellHeight - dy);
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(x, m_headerHeight, m_cellWidth, height - m_headerHeight).adjusted(1, 1, -1, -1));
    }
    p.setClipping(false);
    // Column headers, rotated.
    p.setPen(palette().text().color());
    p.setClipRect(QRect(left, 0, viewport()->width() - left, m_headerHeight));
    for (int c = firstColumn; c <= lastColumn; ++c) {
        if (m_cellWidth < 10 && c % std::max(1, 14 / m_cellWidth) != 0) continue;
        p.save();
        p.translate(left + c * m_cellWidth - dx + m_cellWidth / 2 + 4, m_headerHeight - 4);
        p.rotate(-60);
        p.drawText(0, 0, QFontMetrics(small).elidedText(m_columns[c], Qt::ElideMiddle, 100));
        p.restore();
    }
    p.setClipRect(QRect(0, m_headerHeight, left, viewport()->height() - m_headerHeight));
    for (int r = firstRow; r <= lastRow; ++r) {
        if (m_cellHeight < 10 && r % std::max(1, 12 / m_cellHeight) != 0) continue;
        const QRect label(4, m_headerHeight + r * m_cellHeight - dy, left - 8, std::max(m_cellHeight, 12));
        p.setPen(m_flagged.contains(r) ? QColor(190, 40, 40) : palette().text().color());
        p.drawText(label, Qt::AlignVCenter | Qt::AlignRight, QFontMetrics(small).elidedText(m_rows[r] + (m_flagged.contains(r) ? QStringLiteral(" ⚑") : QString()),
                                                                                          Qt::ElideLeft, left - 8));
    }
}

QSize HeatmapWidget::naturalSize() const
{
    return {labelWidth() + static_cast<int>(m_columns.size()) * m_cellWidth, m_headerHeight + static_cast<int>(m_rows.size()) * m_cellHeight};
}

void HeatmapWidget::renderAll(QPainter& p, QSizeF size) const
{
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    if (m_rows.isEmpty() || m_columns.isEmpty()) {
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, tr("No data"));
        p.restore();
        return;
    }
    const double left = std::min<double>(labelWidth(), size.width() / 3);
    const double top = std::min<double>(m_headerHeight, size.height() / 3);
    const double w = (size.width() - left) / static_cast<double>(m_columns.size());
    const double h = (size.height() - top) / static_cast<double>(m_rows.size());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1));
    p.setFont(small);
    const QFontMetricsF fm(small);
    const bool drawText = m_showValues && w >= 30 && h >= 14;
    p.setPen(Qt::NoPen);
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(left + c * w, top + r * h, w, h);
            p.fillRect(cell, colorFor(value(r, c)));
            const size_t i = static_cast<size_t>(r) * m_columns.size() + c;
            if (i < m_marks.size() && m_marks[i]) {
                p.setPen(QPen(Qt::black, 2));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
                p.setPen(Qt::NoPen);
            }
            if (drawText && !std::isnan(value(r, c))) {
                p.setPen(QColor(30, 30, 30));
                p.drawText(cell, Qt::AlignCenter, m_format(value(r, c)));
                p.setPen(Qt::NoPen);
            }
        }
    // Labels where they fit: every row and column when cells are at least a line high, else every k-th.
    p.setPen(Qt::black);
    const int rowStep = std::max(1, static_cast<int>(std::ceil(fm.height() / h)));
    for (int r = 0; r < m_rows.size(); r += rowStep)
        p.drawText(QRectF(2, top + r * h, left - 6, std::max(h, fm.height())), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(m_rows[r], Qt::ElideLeft, left - 6));
    const int columnStep = std::max(1, static_cast<int>(std::ceil(fm.height() / w)));
    for (int c = 0; c < m_columns.size(); c += columnStep) {
        p.save();
        p.translate(left + c * w + w / 2 + fm.ascent() / 3, top - 4);
        p.rotate(-60);
        p.drawText(QPointF(0, 0), fm.elidedText(m_columns[c], Qt::ElideMiddle, top * 1.1));
        p.restore();
    }
    p.restore();
}

void HeatmapWidget::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HeatmapWidget::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
        setCellSize(static_cast<int>(std::lround(m_cellWidth * factor)), static_cast<int>(std::lround(m_cellHeight * factor)));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void HeatmapWidget::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0) emit cellClicked(cell.y(), cell.x());
}

bool HeatmapWidget::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            return true;
        }
        const double v = value(cell.y(), cell.x());
        QToolTip::showText(help->globalPos(), QStringLiteral("%1\n%2\n%3").arg(m_rows[cell.y()], m_columns[cell.x()],
                                                                               std::isnan(v) ? tr("no value") : m_format(v)));
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace vr::ui
