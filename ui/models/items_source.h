// ItemsSource: what an item browser reads: a table or one of its secondary
// indexes, with the key attributes that shape its Query and its columns.
//
// fromDescription() lists the table first, then its global and local
// secondary indexes as DescribeTable reports them. Key types come from the
// table's AttributeDefinitions (empty if a remote service left them out).
// Index items always carry the table's primary key as well, so keyOf() can
// address the base item from any source.
//
// Thread-safety: plain value type.
#pragma once

#include "models/table_description.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shardscope::ui {

struct ItemsSource {
    enum class Kind { Table, GlobalIndex, LocalIndex };

    QString tableName;
    QString indexName;  // empty for the table itself
    Kind kind = Kind::Table;
    KeyAttribute partitionKey;              // of this source (the index's keys for an index)
    std::optional<KeyAttribute> sortKey;
    KeyAttribute tablePartitionKey;         // of the base table
    std::optional<KeyAttribute> tableSortKey;

    // The table, then each index; empty if `description` is not valid.
    static QList<ItemsSource> fromDescription(const TableDescription& description);

    bool isValid() const { return !tableName.isEmpty() && !partitionKey.name.isEmpty(); }
    bool isIndex() const { return kind != Kind::Table; }
    // Translated: "Table: orders", "GSI: byStatus", "LSI: byDate".
    QString displayName() const;
    // This source's key attributes, then the table's not yet named: the
    // attributes the browser shows first, in this order.
    QStringList keyAttributeNames() const;
    // The type ("S", "N", "B") of key attribute `name`, empty if unknown or not a key.
    QString keyType(const QString& name) const;
    // The base table's primary-key attribute names (partition key first).
    QStringList tableKeyNames() const;

    friend bool operator==(const ItemsSource&, const ItemsSource&);
};

}  // namespace shardscope::ui
