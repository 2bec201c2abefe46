// HotKeysModel: one Contributor-Insights list (the most accessed or most
// throttled keys of a table or GSI) for a table view: rank, key, count and
// the count's share of the list, hottest first.
//
// The counts are space-saving estimates (engine/src/metrics): exact for the
// top entries on skewed loads, an upper bound otherwise; the error bound is in
// the tooltip.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/live_snapshot.h"

#include <QAbstractTableModel>

namespace shardscope::ui {

class HotKeysModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rank, Key, Count, Share, ColumnCount };

    explicit HotKeysModel(QObject* parent = nullptr);

    // Replaces the list; `unit` names what Count counts ("units", "throttles").
    void setKeys(const QList<LiveHotKey>& keys, const QString& unit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LiveHotKey> m_keys;
    QString m_unit;
    double m_total = 0;
};

}  // namespace shardscope::ui
