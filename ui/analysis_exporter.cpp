#include "analysis_exporter.h"

#include "project/private_file_writer.h"
#include "run/run_export.h"
#include "heatmap_widget.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace vr::ui {
namespace {

// Every export is made in memory and written whole through the checked, private writer: a full disk leaves no
// partial file, and the caller hears false.
bool writeWhole(const QString& path, const QByteArray& bytes)
{
    try {
        project::PrivateFileWriter::writeAll(path, bytes);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace

namespace {

constexpr int kScreenDpi = 96;
constexpr int kLargestSide = 16000; // a PNG side beyond this is refused by most viewers

// Paints the content at `logical` size: a chart laid out anew at that size, a heatmap whole, anything else as is.
void renderContent(QWidget* content, QPainter& painter, QSizeF logical)
{
    if (auto* view = qobject_cast<QChartView*>(content)) {
        QChart* chart = view->chart();
        const QSizeF before = chart->size();
        chart->resize(logical);
        if (chart->layout()) chart->layout()->activate();
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), logical), chart->sceneBoundingRect());
        chart->resize(before); // the chart on screen is left as it was
        if (chart->layout()) chart->layout()->activate();
        return;
    }
    if (auto* heatmap = qobject_cast<HeatmapWidget*>(content)) {
        heatmap->renderAll(painter, logical);
        return;
    }
    painter.scale(logical.width() / std::max(1, content->width()), logical.height() / std::max(1, content->height()));
    content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

QImage renderImage(QWidget* content, QSize pixels, int dpi)
{
    const double scale = static_cast<double>(dpi) / kScreenDpi;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    renderContent(content, painter, QSizeF(pixels.width() / scale, pixels.height() / scale));
    return image;
}

QSize naturalExportSize(QWidget* content)
{
    if (auto* heatmap = qobject_cast<HeatmapWidget*>(content))
        return heatmap->naturalSize().boundedTo(QSize(kLargestSide, kLargestSide)).expandedTo(QSize(200, 120));
    if (qobject_cast<QChartView*>(content)) return content->size().expandedTo(QSize(800, 500));
    return content->size();
}

bool exportImage(QWidget* content, const QString& path, QSize pixels, int dpi)
{
    if (!content) return false;
    if (pixels.isEmpty()) pixels = naturalExportSize(content);
    if (pixels.width() > kLargestSide || pixels.height() > kLargestSide || dpi < 24 || dpi > 1200) return false;
    const double scale = static_cast<double>(dpi) / kScreenDpi;
    const QSizeF logical(pixels.width() / scale, pixels.height() / scale);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setResolution(kScreenDpi);
        svg.setTitle(content->objectName());
        QPainter painter;
        if (!painter.begin(&svg)) return false;
        renderContent(content, painter, logical);
        if (!painter.end()) return false;
    } else if (!renderImage(content, pixels, dpi).save(&buffer, "PNG")) {
        return false;
    }
    return writeWhole(path, bytes);
}

bool exportTableCsv(const QAbstractItemModel& model, const QString& path)
{
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) header << run::csvField(model.headerData(c, Qt::Horizontal).toString());
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant machine = index.data(kCsvValueRole);
            row << run::csvField(machine.isValid() ? machine.toString() : index.data().toString());
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return writeWhole(path, out);
}

namespace {

// Charts in a report: laid out at print width (720 px at 96 dpi, the page's width) and drawn at 192 dpi.
constexpr int kReportDpi = 192;

QSize reportChartPixels(QWidget* chart)
{
    const QSize natural = naturalExportSize(chart);
    const int width = 720 * kReportDpi / kScreenDpi;
    const int height = std::clamp(natural.height() * width / std::max(1, natural.width()), 200, 1400 * kReportDpi / kScreenDpi);
    return {width, height};
}

} // namespace

QString reportHtml(const QString& title, const QList<ReportSection>& sections, bool embedImages)
{
    QString html = QStringLiteral("<html><head><meta charset='utf-8'><title>%1</title>"
                                  "<style>body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:3px 6px}"
                                  "</style></head><body><h1>%1</h1>")
                       .arg(title.toHtmlEscaped());
    for (const ReportSection& s : sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped());
        if (s.chart && embedImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            renderImage(s.chart, reportChartPixels(s.chart), kReportDpi).save(&buffer, "PNG");
            html += QStringLiteral("<p><img width='720' src='data:image/png;base64,%1'></p>").arg(QString::fromLatin1(png.toBase64()));
        }
        if (s.table) {
            html += QStringLiteral("<table><tr>");
            for (int c = 0; c < s.table->columnCount(); ++c)
                html += QStringLiteral("<th>%1</th>").arg(s.table->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
            html += QStringLiteral("</tr>");
            for (int r = 0; r < s.table->rowCount(); ++r) {
                html += QStringLiteral("<tr>");
                for (int c = 0; c < s.table->columnCount(); ++c)
                    html += QStringLiteral("<td>%1</td>").arg(s.table->index(r, c).data().toString().toHtmlEscaped());
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
        if (!s.text.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(s.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    return html + QStringLiteral("</body></html>");
}

bool exportReportHtml(const QString& title, const QList<ReportSection>& sections, const QString& path)
{
    return writeWhole(path, reportHtml(title, sections).toUtf8());
}

bool exportReportPdf(const QString& title, const QList<ReportSection>& sections, const QString& path)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    QTextDocument document;
    // QTextDocument resolves images through its resources; data URLs are not loaded, so register each chart.
    QString html = reportHtml(title, {}, false);
    html.chop(QStringLiteral("</body></html>").size());
    int index = 0;
    for (const ReportSection& s : sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped());
        if (s.chart) {
            const QString name = QStringLiteral("chart%1.png").arg(index++);
            document.addResource(QTextDocument::ImageResource, QUrl(name), renderImage(s.chart, reportChartPixels(s.chart), kReportDpi));
            html += QStringLiteral("<p><img width='680' src='%1'></p>").arg(name);
        }
        if (s.table || !s.text.isEmpty()) {
            QString part = reportHtml(QString(), {ReportSection{QString(), nullptr, s.table, s.text}}, false);
            const qsizetype start = part.indexOf(QStringLiteral("<h2></h2>"));
            part = part.mid(start + 9);
            part.chop(QStringLiteral("</body></html>").size());
            html += part;
        }
    }
    document.setHtml(html + QStringLiteral("</body></html>"));
    document.print(&writer);
    return writeWhole(path, pdf);
}

} // namespace vr::ui
