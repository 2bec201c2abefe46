// PartitionStrip: one cell per partition of a table or GSI, left to right in
// hash order, each as wide as its share of the bytes stored (with a minimum,
// so empty partitions stay visible) and coloured by how hot it ran in the
// last second: its consumed read or write units against its share of the
// capacity (LiveResource::readShare/writeShare). A partition that throttled
// since the previous snapshot gets a red outline. Hovering a cell shows its
// hash range, items, bytes, units and throttles.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/live_snapshot.h"

#include <QWidget>

namespace shardscope::ui {

class PartitionStrip : public QWidget {
    Q_OBJECT

public:
    explicit PartitionStrip(QWidget* parent = nullptr);

    // Shows `resource` (copied). Throttle outlines compare with the previous
    // call for the same resource name.
    void setResource(const LiveResource& resource);
    void clear();

    int partitionCount() const { return static_cast<int>(m_resource.partitions.size()); }
    // Heat of partition `i` in [0, 1.5]: 1 means it used its whole share.
    double heatOf(int i) const;
    // The cell rectangles, for painting, tooltips and tests.
    QList<QRectF> cellRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    static QColor heatColor(double heat);

    LiveResource m_resource;
    QList<qint64> m_previousThrottles;  // per partition, read + write
    QList<bool> m_throttledNow;
};

}  // namespace shardscope::ui
