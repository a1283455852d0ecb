#pragma once
// Exports of the analysis dashboard: any chart or heatmap as PNG or SVG, tables as CSV, the analysis as JSON,
// and a one-file HTML or PDF report with the charts and tables of the run.
#include <QList>
#include <Qt>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

namespace vr::ui {

bool exportWidgetPng(QWidget* widget, const QString& path);
bool exportWidgetSvg(QWidget* widget, const QString& path);
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
