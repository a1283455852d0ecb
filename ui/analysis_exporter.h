#pragma once
// Exports of the analysis dashboard: any chart or heatmap as PNG or SVG, tables as CSV, the analysis as JSON,
// and a one-file HTML or PDF report with the charts and tables of the run.
#include <QList>
#include <QSize>
#include <Qt>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QImage;
class QWidget;

namespace vr::ui {

// A chart or heatmap rendered off-screen, never grabbed from the screen: PNG at `pixels` (empty: the content's
// natural size — for a heatmap every row and column) and `dpi` (recorded in the file; the content is laid out at
// pixels × 96 / dpi, so a 300 dpi image is sharp, not enlarged), or SVG (by the path's extension) with real
// vector shapes and text. Any other widget is painted as it is.
bool exportImage(QWidget* content, const QString& path, QSize pixels = {}, int dpi = 96);
// The same, as an image in memory.
QImage renderImage(QWidget* content, QSize pixels, int dpi);
// The size an export takes when none is asked for.
QSize naturalExportSize(QWidget* content);
// The value a CSV export writes for a cell instead of its (localized) text: "2.56", never "2,56".
inline constexpr int kCsvValueRole = Qt::UserRole + 64;
bool exportTableCsv(const QAbstractItemModel& model, const QString& path);

struct ReportSection {
    QString title;
    QWidget* chart = nullptr;                 // rendered as an image, or
    const QAbstractItemModel* table = nullptr; // rendered as an HTML table
    QString text;                              // free text (warnings)
};

QString reportHtml(const QString& title, const QList<ReportSection>& sections, bool embedImages = true);
bool exportReportHtml(const QString& title, const QList<ReportSection>& sections, const QString& path);
bool exportReportPdf(const QString& title, const QList<ReportSection>& sections, const QString& path);

} // namespace vr::ui
