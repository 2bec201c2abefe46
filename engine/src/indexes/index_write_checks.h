// What a write must satisfy for the table's secondary indexes, checked
// before anything is written, and the item-collection answers for tables
// with LSIs.
//
// checkIndexWrite() gives DynamoDB's ValidationException for an index key
// value of the wrong type, an empty S/B index key value, an index key over
// the key size limits, and (tables with LSIs) an item that with its LSI
// entries exceeds 400 KB. The item collection of a partition key value is
// its base items plus their LSI entries; collectionGrowth() says how much a
// change adds to it, checkCollectionLimit() refuses growth past the engine's
// itemCollectionSizeLimitBytes ("Collection size exceeded."), and
// itemCollectionMetrics() builds ReturnItemCollectionMetrics=SIZE's answer.
//
// Thread-safety: under the engine's lock (the store is read).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace shardscope::engine::indexes {

// `update`: the message an UpdateItem gives for an oversized item.
Status checkIndexWrite(const TableSchema& table, const Item& item, bool update = false);

// Bytes the change adds to (or, negative, takes from) the item collection;
// 0 for tables without LSIs. `before`/`after` are null for a missing item.
std::int64_t collectionGrowth(const TableSchema& table, const storage::StoredKey& key, const Item* before,
                              const Item* after);

ApiError collectionSizeExceeded();

// ItemCollectionSizeLimitExceeded when `growth` > 0 takes the collection of
// `key` past the limit.
Status checkCollectionLimit(OpContext& ctx, const TableSchema& table, const storage::StoredKey& key,
                            std::int64_t growth);

// {"ItemCollectionKey": {<hash key>: value}, "SizeEstimateRangeGB": [lo, hi]}
// for the collection of `hashValue` (whose storage key is `key`).
Result<nlohmann::json> itemCollectionMetrics(OpContext& ctx, const TableSchema& table, const AttributeValue& hashValue,
                                             const storage::StoredKey& key);

}  // namespace shardscope::engine::indexes
