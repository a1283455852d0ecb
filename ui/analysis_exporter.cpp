#include "analysis_exporter.h"

#include "project/private_file_writer.h"
#include "run/run_export.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QWidget>

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

bool exportWidgetPng(QWidget* widget, const QString& path)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    return widget->grab().save(&buffer, "PNG") && writeWhole(path, png);
}

bool exportWidgetSvg(QWidget* widget, const QString& path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(widget->objectName());
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end() && writeWhole(path, bytes);
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
            s.chart->grab().save(&buffer, "PNG");
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
            document.addResource(QTextDocument::ImageResource, QUrl(name), s.chart->grab().toImage());
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
