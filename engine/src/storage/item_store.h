// ItemStore: item rows of every table in the shared `items` table.
//
// A row is addressed by (table id, StoredKey): the partition-key hash, the
// encoded partition key and the encoded sort key (empty for hash-only
// tables), see types/key_codec.h. Rows carry the item's DynamoDB size and its
// binary encoding (types/item_codec.h). All statements are cached.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shardscope::engine::storage {

struct StoredKey {
    std::int64_t hash = 0;  // hashToStorage(partitionHash(pk))
    std::string pk;
    std::string sk;
};

struct StoredItem {
    std::int64_t size = 0;
    std::string data;
};

// One row as a range walk sees it; the views die with the visit call.
struct RowView {
    std::int64_t hash = 0;
    std::string_view pk;
    std::string_view sk;
    std::int64_t size = 0;
    std::string_view data;
};

// A range of sort keys inside one partition key. Bounds are encoded sort
// keys; `upper` is exclusive and absent means unbounded.
struct SortKeyRange {
    std::string lower;  // inclusive; "" is the smallest key
    std::optional<std::string> upper;
};

// A walk over a table in storage order, for Scan. `after` resumes strictly
// after a key; the hash bounds select one parallel-scan segment.
struct ScanRange {
    std::optional<StoredKey> after;
    std::int64_t hashLow = INT64_MIN;            // inclusive, storage form
    std::optional<std::int64_t> hashHighExclusive;  // absent: to the end
};

// Returns false to stop the walk.
using RowVisitor = bool (*)(void* context, const RowView& row);

struct TableUsage {
    std::int64_t tableId = 0;
    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
};

class ItemStore {
public:
    explicit ItemStore(Database& db) : m_db(db) {}

    Result<std::optional<StoredItem>> get(std::int64_t tableId, const StoredKey& key);
    Status put(std::int64_t tableId, const StoredKey& key, std::int64_t size, std::string_view data);
    Status erase(std::int64_t tableId, const StoredKey& key);
    Status eraseTable(std::int64_t tableId);
    // Rows of one partition key inside `range`, ascending or descending.
    Status walkPartition(std::int64_t tableId, std::int64_t hash, std::string_view pk, const SortKeyRange& range,
                         bool forward, void* context, RowVisitor visit);
    // Rows of a table in storage (hash) order inside `range`.
    Status walkTable(std::int64_t tableId, const ScanRange& range, void* context, RowVisitor visit);

    // Item count and total size per table, computed from the rows.
    Result<std::vector<TableUsage>> usage();

private:
    Database& m_db;
};

}  // namespace shardscope::engine::storage
