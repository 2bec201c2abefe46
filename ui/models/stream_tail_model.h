// StreamTailModel: the newest records of a table's stream for a table view:
// time, event (INSERT / MODIFY / REMOVE, with TTL deletions marked), keys,
// and the size. Newest first by creation time, then sequence number, however
// the records of several shards arrive; at most maxRows() records are kept,
// the oldest dropped, so a busy stream never grows the GUI's memory.
//
// Thread-safety: GUI thread only.
#pragma once

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QDateTime>

namespace shardscope::ui {

class StreamTailModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Event, Keys, Size, ColumnCount };

    explicit StreamTailModel(QObject* parent = nullptr);

    // Adds GetRecords' "Records" (oldest first, as the service returns them).
    void appendRecords(const nlohmann::json& records);
    void clear();
    // Key attributes shown first, in this order (the table's key schema).
    void setKeyOrder(const QStringList& order) { m_keyOrder = order; }
    static constexpr int maxRows() { return 500; }
    // The whole record of a row, for a details view; null JSON if out of range.
    nlohmann::json recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QDateTime time;
        QString event;
        bool byTtl = false;
        QString keys;
        qint64 sizeBytes = 0;
        QString sequence;
        nlohmann::json record;
    };
    // Whether `a` is newer than `b`.
    static bool newer(const Row& a, const Row& b);
    QList<Row> m_rows;  // newest first
    QStringList m_keyOrder;
};

}  // namespace shardscope::ui
