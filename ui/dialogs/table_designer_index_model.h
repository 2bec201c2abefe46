// TableDesignerIndexModel: the secondary indexes of a table design, as an
// editable table for the designer (one row per index).
//
// Global indexes show name, partition key and type, sort key and type,
// projection, non-key attributes (comma-separated, INCLUDE only) and, on
// PROVISIONED tables, read and write capacity. Local indexes show name, sort
// key and type, projection and non-key attributes (their partition key is the
// table's). Types and projections are edited in wire spelling ("S",
// "KEYS_ONLY") through TableDesignerChoiceDelegate; the display role shows
// translated names. Cells that do not apply (capacity of an on-demand table,
// non-key attributes of an ALL projection) are not editable. Nothing is
// validated here: the engine judges the design.
//
// Thread-safety: GUI thread only.
#pragma once

#include "shardscope/tools/table_design.h"

#include <QAbstractTableModel>

#include <vector>

namespace shardscope::ui {

class TableDesignerIndexModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, PartitionKey, PartitionType, SortKey, SortType, Projection, NonKeyAttributes, Read, Write };
    // The wire value of a choice cell (type, projection), also for the display role's translation.
    static constexpr int kWireValueRole = Qt::UserRole + 1;

    // `local`: local secondary indexes (no partition key, no capacity columns).
    explicit TableDesignerIndexModel(bool local, QObject* parent = nullptr);

    const std::vector<tools::IndexDesign>& indexes() const { return m_indexes; }
    void setIndexes(std::vector<tools::IndexDesign> indexes);
    // Capacity columns are editable only for PROVISIONED tables.
    void setProvisioned(bool provisioned);
    // Rows read-only (an existing table's local indexes).
    void setReadOnly(bool readOnly);
    // Appends an index with a fresh name ("GSI1", "LSI1", ...); returns its row.
    int addIndex();
    void removeIndex(int row);

    // The column shown in `visualColumn`: local models skip PartitionKey, PartitionType, Read, Write.
    Column columnAt(int visualColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any index changed, was added or removed.
    void designChanged();

private:
    bool m_local;
    bool m_provisioned = false;
    bool m_readOnly = false;
    std::vector<tools::IndexDesign> m_indexes;
};

// Translated names of wire values the designer offers in choice cells.
QString projectionText(const QString& projectionType);

}  // namespace shardscope::ui
