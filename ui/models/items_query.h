// ItemsQuery: what the item browser asks for: a Scan or a Query of a table or
// index, with a partition key value, an optional sort-key condition, the
// order, and per-column filters; build() turns it into the DynamoDB request.
//
// Names and values always go through placeholders (#n0, :v0), so reserved
// words and odd attribute names need no quoting by the user. For a Query,
// filters on the source's key attributes cannot be part of the
// FilterExpression (DynamoDB refuses them): an "=" filter on the partition key
// supplies or confirms the partition key value, a key-condition operator on
// the sort key becomes the sort-key condition when the query bar has none, and
// anything else is refused with a message that says why.
//
// Thread-safety: plain value type.
#pragma once

#include "models/items_filter.h"
#include "models/items_source.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace shardscope::ui {

class ItemsQuery {
public:
    enum class Mode { Scan, Query };
    enum class SortOp { None, Equal, Less, LessEqual, Greater, GreaterEqual, Between, BeginsWith };

    ItemsSource source;
    Mode mode = Mode::Scan;
    QString partitionValue;     // Query only; typed by the partition key's type
    SortOp sortOp = SortOp::None;
    QString sortValue;
    QString sortValue2;         // upper bound of Between
    bool forward = true;        // ScanIndexForward
    QList<ItemsFilter> filters;

    // "Scan" or "Query".
    QString operation() const;
    // The request body (TableName, IndexName, KeyConditionExpression,
    // FilterExpression, ExpressionAttributeNames/Values, ScanIndexForward),
    // without Limit and ExclusiveStartKey. On failure returns false and sets
    // a translated `*error`.
    bool build(nlohmann::json* request, QString* error) const;
};

}  // namespace shardscope::ui
