#include "charts/live_chart.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace shardscope::ui {

LiveChart::LiveChart(const QString& title, QWidget* parent)
    : QWidget(parent), m_view(new QChartView(new QChart, this)), m_x(new QValueAxis(this)), m_y(new QValueAxis(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    QChart* c = m_view->chart();
    c->setTitle(title);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(QChart::NoAnimation);  // redrawn every second; animation would only lag
    c->setBackgroundRoundness(4);
    m_x->setRange(-windowSeconds(), 0);
    m_x->setLabelFormat(QStringLiteral("%d s"));
    m_x->setTickCount(4);  // -300, -200, -100, 0: labels that fit a narrow chart
    m_y->setRange(0, 1);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(5);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    setMinimumHeight(180);
}

void LiveChart::addSeries(const QString& metric, const QString& label, const QColor& color, bool dashed, bool gauge) {
    auto* series = new QLineSeries(this);
    series->setName(label);
    QPen pen(color, 2);
    if (dashed) pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    m_view->chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_entries.append({metric, series, gauge});
}

void LiveChart::update(const LiveSnapshot& snapshot) {
    const qint64 nowSecond = snapshot.nowMillis / 1000;
    double top = 1;
    for (const Entry& e : m_entries) {
        // One value per second of the window, from the series' buckets.
        std::map<qint64, double> bySecond;
        for (const QPointF& p : snapshot.series.value(e.metric))
            bySecond[static_cast<qint64>(std::floor(p.x() / 1000.0))] += p.y();
        // A gauge without any sample has nothing to draw; one with samples
        // holds its first value before it and its last value between them.
        if (e.gauge && bySecond.empty()) {
            e.series->clear();
            continue;
        }
        QList<QPointF> points;
        points.reserve(windowSeconds() + 1);
        double held = e.gauge ? bySecond.begin()->second : 0;
        // The current second is still filling up: counters stop at the last
        // complete one, so the line does not dip at its right end.
        const qint64 lastSecond = e.gauge ? nowSecond : nowSecond - 1;
        for (qint64 s = nowSecond - windowSeconds(); s <= lastSecond; ++s) {
            const auto it = bySecond.find(s);
            double v = 0;
            if (it != bySecond.end()) {
                v = it->second;
                held = v;
            } else if (e.gauge) {
                v = held;
            }
            points.append(QPointF(static_cast<double>(s - nowSecond), v));
            top = std::max(top, v);
        }
        e.series->replace(points);
    }
    // Round ticks (1, 2 or 5 times a power of ten, at most five steps) so
    // the axis does not jitter every second and labels stay whole numbers.
    const double wanted = std::max(1.0, top * 1.05);
    double step = 1;
    for (double magnitude = 1; step * 5 < wanted; magnitude *= 10)
        for (double factor : {1.0, 2.0, 5.0})
            if (step * 5 < wanted) step = factor * magnitude;
    const int steps = static_cast<int>(std::ceil(wanted / step));
    m_y->setRange(0, step * steps);
    m_y->setTickCount(steps + 1);
}

void LiveChart::clear() {
    for (const Entry& e : m_entries) e.series->clear();
    m_y->setRange(0, 1);
}

QList<QPointF> LiveChart::pointsOf(const QString& metric) const {
    for (const Entry& e : m_entries)
        if (e.metric == metric) return e.series->points();
    return {};
}

}  // namespace shardscope::ui
