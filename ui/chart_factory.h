#pragma once
// The charts of the analysis dashboard, built on Qt Charts behind this one adapter: the dashboard describes
// what to show, this file knows how Qt Charts draws it.
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace QtCharts {}
class QChartView;
class QWidget;

namespace vr::ui {

struct MeanWithInterval {
    QString label;
    double mean = 0.0;
    std::optional<double> lower, upper;
};

struct DecisionCounts {
    QString label;
    std::array<int, 5> counts{}; // decisions 1..5
    int other = 0;               // unscored: refusals, "other"
};

struct DimensionBar {
    QString name;
    double effectSize = 0.0;
    double pValue = 1.0;
};

struct LevelSeries {
    QString model;
    QList<double> means; // one per level; NaN when the model has no sample at that level
};

QChartView* makeMeansChart(const QList<MeanWithInterval>& rows, QWidget* parent);
// The study planner's trade-off: per number of repeats, the scenarios needed (left axis) and the calls per model
// (right axis); the recommended design marked.
struct PlanPoint {
    int repeats = 1;
    double scenarios = 0.0;
    double callsPerModel = 0.0;
};
QChartView* makePlanChart(const QList<PlanPoint>& points, int recommendedRepeats, QWidget* parent);
QChartView* makeDistributionChart(const QList<DecisionCounts>& rows, QWidget* parent);
QChartView* makeDimensionChart(const QList<DimensionBar>& rows, QWidget* parent);
QChartView* makeLevelChart(const QString& dimension, const QStringList& levels, const QList<LevelSeries>& series, QWidget* parent);

} // namespace vr::ui
