#include "chart_factory.h"

#include "p_value_text.h"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace vr::ui {
namespace {

// The charts' words, under their own translation context.
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(vr::ui::Charts)
};

QChartView* view(QChart* chart, QWidget* parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* v = new QChartView(chart, parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(260);
    return v;
}

const std::array<QColor, 5> kDecisionColors{QColor(49, 104, 196), QColor(128, 166, 226), QColor(200, 200, 200), QColor(238, 163, 110),
                                            QColor(214, 96, 30)};

} // namespace

QChartView* makePlanChart(const QList<PlanPoint>& points, int recommendedRepeats, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartText::tr("More scenarios or more repeats?"));
    auto* scenarios = new QLineSeries;
    scenarios->setName(ChartText::tr("scenarios needed"));
    scenarios->setPen(QPen(QColor(49, 104, 196), 2));
    auto* calls = new QLineSeries;
    calls->setName(ChartText::tr("calls per model"));
    calls->setPen(QPen(QColor(214, 96, 30), 2));
    auto* chosen = new QScatterSeries;
    chosen->setName(ChartText::tr("fewest calls"));
    chosen->setColor(QColor(214, 96, 30));
    chosen->setMarkerSize(12);
    double most = 1.0, mostCalls = 1.0;
    for (const PlanPoint& p : points) {
        scenarios->append(p.repeats, p.scenarios);
        calls->append(p.repeats, p.callsPerModel);
        if (p.repeats == recommendedRepeats) chosen->append(p.repeats, p.callsPerModel);
        most = std::max(most, p.scenarios);
        mostCalls = std::max(mostCalls, p.callsPerModel);
    }
    auto* x = new QValueAxis;
    x->setTitleText(ChartText::tr("repeats per scenario"));
    x->setRange(1, std::max<int>(2, static_cast<int>(points.size())));
    x->setTickCount(std::clamp<int>(static_cast<int>(points.size()), 2, 11));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* left = new QValueAxis;
    left->setTitleText(ChartText::tr("scenarios"));
    left->setRange(0, most * 1.1);
    left->setLabelFormat(QStringLiteral("%d"));
    auto* right = new QValueAxis;
    right->setTitleText(ChartText::tr("calls per model"));
    right->setRange(0, mostCalls * 1.1);
    right->setLabelFormat(QStringLiteral("%d"));
    left->applyNiceNumbers();
    right->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (QLineSeries* s : {scenarios, calls}) chart->addSeries(s);
    chart->addSeries(chosen);
    scenarios->attachAxis(x);
    scenarios->attachAxis(left);
    calls->attachAxis(x);
    calls->attachAxis(right);
    chosen->attachAxis(x);
    chosen->attachAxis(right);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view(chart, parent);
}

QChartView* makeMeansChart(const QList<MeanWithInterval>& rows, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartText::tr("Mean decision per model (95 % interval)"));
    auto* means = new QScatterSeries;
    means->setName(ChartText::tr("mean"));
    means->setMarkerSize(11);
    means->setColor(QColor(40, 40, 40));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, rows.size() - 0.5);
    auto* y = new QValueAxis;
    y->setRange(1, 5);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < rows.size(); ++i) {
        const MeanWithInterval& r = rows[i];
        x->append(r.label, i);
        means->append(i, r.mean);
        if (r.lower && r.upper) {
            auto* bar = new QLineSeries;
            bar->setColor(QColor(49, 104, 196));
            bar->setPen(QPen(QColor(49, 104, 196), 2));
            bar->append(i - 0.12, *r.lower);
            bar->append(i + 0.12, *r.lower);
            bar->append(i, *r.lower);
            bar->append(i, *r.upper);
            bar->append(i - 0.12, *r.upper);
            bar->append(i + 0.12, *r.upper);
            chart->addSeries(bar);
            bar->attachAxis(x);
            bar->attachAxis(y);
        }
    }
    chart->addSeries(means);
    means->attachAxis(x);
    means->attachAxis(y);
    chart->legend()->setVisible(false);
    return view(chart, parent);
}

QChartView* makeDistributionChart(const QList<DecisionCounts>& rows, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartText::tr("Decision distribution per model"));
    auto* series = new QStackedBarSeries;
    QList<QBarSet*> sets;
    for (int code = 1; code <= 5; ++code) {
        auto* set = new QBarSet(QString::number(code));
        set->setColor(kDecisionColors[static_cast<size_t>(code - 1)]);
        sets << set;
    }
    auto* other = new QBarSet(ChartText::tr("other"));
    other->setColor(QColor(120, 120, 120));
    QStringList labels;
    for (const DecisionCounts& r : rows) {
        labels << r.label;
        for (int code = 0; code < 5; ++code) *sets[code] << r.counts[static_cast<size_t>(code)];
        *other << r.other;
    }
    for (QBarSet* s : sets) series->append(s);
    series->append(other);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    return view(chart, parent);
}

QChartView* makeDimensionChart(const QList<DimensionBar>& rows, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartText::tr("Dimension impact (η²; * Kruskal–Wallis p < 0.05)"));
    auto* series = new QBarSeries;
    auto* set = new QBarSet(ChartText::tr("η²"));
    set->setColor(QColor(49, 104, 196));
    QStringList labels;
    for (const DimensionBar& r : rows) {
        *set << r.effectSize;
        labels << QStringLiteral("%1\n%2%3").arg(r.name, pValueStatement(r.pValue), r.pValue < 0.05 ? QStringLiteral(" *") : QString());
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    set->setLabelColor(Qt::black);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(0.05, std::ceil(20 * (rows.isEmpty() ? 0.0 : rows.first().effectSize + 0.02)) / 20.0));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return view(chart, parent);
}

QChartView* makeLevelChart(const QString& dimension, const QStringList& levels, const QList<LevelSeries>& series, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartText::tr("Mean decision by level of %1").arg(dimension));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.3, levels.size() - 0.7);
    for (int i = 0; i < levels.size(); ++i) x->append(levels[i], i);
    auto* y = new QValueAxis;
    y->setRange(1, 5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const LevelSeries& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.model);
        line->setPointsVisible(true);
        for (int i = 0; i < s.means.size(); ++i)
            if (!std::isnan(s.means[i])) line->append(i, s.means[i]);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return view(chart, parent);
}

} // namespace vr::ui
