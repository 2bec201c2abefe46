// LiveChart: a QtCharts line chart of a few metric series over the last few
// minutes, x in seconds before now, y scaled to the data. The Live pane uses
// one for consumed against provisioned capacity and one for throttle events.
//
// Series are declared once (addSeries) by CloudWatch metric name; update()
// replaces every series' points from a LiveSnapshot. A second without a
// point counts as zero for counters (consumed units, throttles) and repeats
// the last value for gauges (provisioned capacity), as CloudWatch graphs them.
//
// QtCharts stays inside ui/charts/ (ARCHITECTURE.md): the chart view is a
// private child, so users of this header need no QtCharts include.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/live_snapshot.h"

#include <QWidget>

class QChartView;
class QLineSeries;
class QValueAxis;

namespace shardscope::ui {

class LiveChart : public QWidget {
    Q_OBJECT

public:
    explicit LiveChart(const QString& title, QWidget* parent = nullptr);

    // `gauge`: hold the last value between points instead of dropping to 0.
    void addSeries(const QString& metric, const QString& label, const QColor& color, bool dashed, bool gauge);
    void update(const LiveSnapshot& snapshot);
    void clear();

    static constexpr int windowSeconds() { return 300; }
    // The points of a series as drawn (x: seconds before now), for tests.
    QList<QPointF> pointsOf(const QString& metric) const;

private:
    struct Entry {
        QString metric;
        QLineSeries* series;
        bool gauge;
    };
    QChartView* m_view;
    QList<Entry> m_entries;
    QValueAxis* m_x;
    QValueAxis* m_y;
};

}  // namespace shardscope::ui
