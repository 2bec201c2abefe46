// IndexStore: secondary-index entries, index usage and LSI item-collection
// sizes in their own SQLite tables.
//
// `index_entries` is clustered by (table id, index name, hash, index
// partition key, index sort key, base partition key, base sort key), so a
// Query on an index is a range walk inside one (hash, ipk) prefix and a Scan
// walks hash order, exactly like the base table's `items`. `index_usage`
// keeps each index's entry count and summed entry sizes, and
// `item_collections` each LSI table's item-collection sizes (base items plus
// LSI entries per partition key value); both change in the same statement
// sequence as the entries, so they are exact and roll back with them.
// ensureSchema() creates the tables (CREATE TABLE IF NOT EXISTS) when the
// engine opens. All statements are cached.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "indexes/index_schema.h"
#include "shardscope/engine/result.h"
#include "storage/database.h"
#include "storage/item_store.h"

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::indexes {

// One entry as a walk sees it; the views die with the visit call.
struct IndexRowView {
    std::int64_t hash = 0;
    std::string_view ipk;
    std::string_view isk;
    std::string_view pk;
    std::string_view sk;
    std::int64_t size = 0;
    std::string_view data;
};

// Returns false to stop the walk.
using IndexRowVisitor = bool (*)(void* context, const IndexRowView& row);

// A Scan over an index in storage order: one hash range (a parallel-scan
// segment), resuming strictly after `after` when set.
struct IndexScanRange {
    std::optional<IndexKey> after;
    std::int64_t hashLow = INT64_MIN;
    std::optional<std::int64_t> hashHighExclusive;
};

struct IndexUsage {
    std::int64_t itemCount = 0;
    std::int64_t entryBytes = 0;  // summed entry sizes, without the per-entry overhead
};

struct IndexUsageRow {
    std::int64_t tableId = 0;
    std::string indexName;
    IndexUsage usage;
};

class IndexStore {
public:
    explicit IndexStore(storage::Database& db) : m_db(db) {}

    Status ensureSchema();

    // Stores an entry, replacing the one at `key` if any; keeps the usage exact.
    Status put(std::int64_t tableId, const std::string& index, const IndexKey& key, std::int64_t size,
               std::string_view data);
    // Removes the entry at `key` if there is one. *removedSize (if given)
    // gets its size, or -1 when there was none.
    Status erase(std::int64_t tableId, const std::string& index, const IndexKey& key,
                 std::int64_t* removedSize = nullptr);
    // Removes up to `limit` entries of an index; returns how many went.
    Result<std::int64_t> eraseSome(std::int64_t tableId, const std::string& index, std::int64_t limit);
    // Forgets an index whose entries are gone (its usage row).
    Status forgetIndex(std::int64_t tableId, const std::string& index);
    // Removes every entry, usage row and item collection of a table.
    Status eraseTable(std::int64_t tableId);
    // Records an empty index, so that a later open knows it was built.
    Status registerIndex(std::int64_t tableId, const std::string& index);

    // Entries of one index partition key: index sort keys inside `range`,
    // resuming strictly after `after` (in walk direction) when given.
    Status walkPartition(std::int64_t tableId, const std::string& index, std::int64_t hash, std::string_view ipk,
                         const storage::SortKeyRange& range, const IndexKey* after, bool forward, void* context,
                         IndexRowVisitor visit);
    // Entries of an index in storage order.
    Status walkIndex(std::int64_t tableId, const std::string& index, const IndexScanRange& range, void* context,
                     IndexRowVisitor visit);

    // Usage of one index (zero when unknown); nullopt when no usage row exists.
    Result<std::optional<IndexUsage>> usage(std::int64_t tableId, const std::string& index) const;
    Result<std::vector<IndexUsageRow>> allUsage() const;

    // Size of the item collection (base items + LSI entries) of a partition key.
    Result<std::int64_t> collectionSize(std::int64_t tableId, std::int64_t hash, std::string_view pk) const;
    Status addCollectionSize(std::int64_t tableId, std::int64_t hash, std::string_view pk, std::int64_t delta);

private:
    Status adjustUsage(std::int64_t tableId, const std::string& index, std::int64_t count, std::int64_t bytes);

    storage::Database& m_db;
};

}  // namespace shardscope::engine::indexes
