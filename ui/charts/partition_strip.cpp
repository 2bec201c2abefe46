#include "charts/partition_strip.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace shardscope::ui {
namespace {

constexpr double kMinCellWidth = 18;
constexpr double kGap = 3;
constexpr double kMaxHeat = 1.5;

qint64 throttlesOf(const LivePartition& p) { return p.readThrottles + p.writeThrottles; }

}  // namespace

PartitionStrip::PartitionStrip(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void PartitionStrip::setResource(const LiveResource& resource) {
    const bool sameResource = resource.indexName == m_resource.indexName &&
                              resource.partitions.size() == m_resource.partitions.size();
    m_throttledNow.clear();
    QList<qint64> throttles;
    for (qsizetype i = 0; i < resource.partitions.size(); ++i) {
        const qint64 t = throttlesOf(resource.partitions[i]);
        throttles.append(t);
        m_throttledNow.append(sameResource && i < m_previousThrottles.size() && t > m_previousThrottles[i]);
    }
    m_previousThrottles = throttles;
    m_resource = resource;
    update();
}

void PartitionStrip::clear() {
    m_resource = LiveResource{};
    m_previousThrottles.clear();
    m_throttledNow.clear();
    update();
}

double PartitionStrip::heatOf(int i) const {
    if (i < 0 || i >= partitionCount()) return 0;
    const LivePartition& p = m_resource.partitions[i];
    const double heat = std::max(p.readUnitsLastSecond / m_resource.readShare(),
                                 p.writeUnitsLastSecond / m_resource.writeShare());
    return std::clamp(heat, 0.0, kMaxHeat);
}

QList<QRectF> PartitionStrip::cellRects() const {
    QList<QRectF> rects;
    const int n = partitionCount();
    if (n == 0) return rects;
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const double usable = std::max(0.0, area.width() - kGap * (n - 1));
    // Width by bytes, but every cell at least kMinCellWidth (or an equal share
    // when even that does not fit).
    const double minWidth = std::min(kMinCellWidth, usable / n);
    double totalBytes = 0;
    for (const LivePartition& p : m_resource.partitions) totalBytes += static_cast<double>(p.sizeBytes);
    const double spare = usable - minWidth * n;
    double x = area.left();
    for (int i = 0; i < n; ++i) {
        const double share = totalBytes > 0 ? static_cast<double>(m_resource.partitions[i].sizeBytes) / totalBytes : 1.0 / n;
        const double w = minWidth + spare * share;
        rects.append(QRectF(x, area.top(), w, area.height()));
        x += w + kGap;
    }
    return rects;
}

QColor PartitionStrip::heatColor(double heat) {
    // Cool blue-grey when idle, through amber at full share, to red beyond.
    const double t = std::clamp(heat / kMaxHeat, 0.0, 1.0);
    const QColor cold(0x8f, 0xa8, 0xc2), warm(0xf2, 0xb1, 0x34), hot(0xd6, 0x3c, 0x2f);
    auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    const double mid = 1.0 / kMaxHeat;  // heat 1.0
    return t <= mid ? mix(cold, warm, t / mid) : mix(warm, hot, (t - mid) / (1.0 - mid));
}

void PartitionStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRectF> rects = cellRects();
    if (rects.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No partitions to show"));
        return;
    }
    const QFontMetrics metrics(font());
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF& r = rects[i];
        const QColor fill = heatColor(heatOf(i));
        QPainterPath path;
        path.addRoundedRect(r, 3, 3);
        painter.fillPath(path, fill);
        if (i < m_throttledNow.size() && m_throttledNow[i]) {
            painter.setPen(QPen(QColor(0xd6, 0x3c, 0x2f), 2.5));
            painter.drawPath(path);
        }
        // Label when it fits: the partition number and its item count.
        const QString label = QStringLiteral("P%1").arg(m_resource.partitions[i].index);
        if (metrics.horizontalAdvance(label) + 6 < r.width()) {
            painter.setPen(fill.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
            const QString items = QLocale().toString(m_resource.partitions[i].itemCount);
            const bool twoLines = r.height() > 2.2 * metrics.height() && metrics.horizontalAdvance(items) + 6 < r.width();
            if (twoLines) {
                painter.drawText(r.adjusted(0, 2, 0, -r.height() / 2), Qt::AlignHCenter | Qt::AlignBottom, label);
                painter.drawText(r.adjusted(0, r.height() / 2, 0, -2), Qt::AlignHCenter | Qt::AlignTop, items);
            } else {
                painter.drawText(r, Qt::AlignCenter, label);
            }
        }
    }
}

bool PartitionStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<QRectF> rects = cellRects();
        for (int i = 0; i < rects.size(); ++i) {
            if (!rects[i].contains(help->pos())) continue;
            const LivePartition& p = m_resource.partitions[i];
            const QLocale locale;
            QToolTip::showText(
                help->globalPos(),
                tr("<b>Partition %1</b><br>Hash range %2 – %3<br>%4 items, %5<br>"
                   "Last second: %6 RCU, %7 WCU (share %8 / %9)<br>Consumed since start: %10 RCU, %11 WCU<br>"
                   "Throttled: %12 reads, %13 writes")
                    .arg(p.index)
                    .arg(QStringLiteral("%1").arg(p.hashLow, 16, 16, QLatin1Char('0')),
                         QStringLiteral("%1").arg(p.hashHigh, 16, 16, QLatin1Char('0')))
                    .arg(locale.toString(p.itemCount), locale.formattedDataSize(p.sizeBytes))
                    .arg(locale.toString(p.readUnitsLastSecond, 'f', 1), locale.toString(p.writeUnitsLastSecond, 'f', 1),
                         locale.toString(m_resource.readShare(), 'f', 0), locale.toString(m_resource.writeShare(), 'f', 0))
                    .arg(locale.toString(p.consumedReadUnits, 'f', 0), locale.toString(p.consumedWriteUnits, 'f', 0))
                    .arg(locale.toString(p.readThrottles), locale.toString(p.writeThrottles)),
                this, rects[i].toRect());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

QSize PartitionStrip::sizeHint() const { return {480, 54}; }

QSize PartitionStrip::minimumSizeHint() const { return {120, 40}; }

}  // namespace shardscope::ui
