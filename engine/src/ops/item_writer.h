// ItemWriter: the one place where item rows change.
//
// Every write path (PutItem, UpdateItem, DeleteItem, batches, transactions)
// goes through a writer: begin() opens a SQLite transaction, read() loads the
// current row, write()/remove() change rows, commit() makes all of it durable
// at once and only then applies the tables' live counters and queues change
// events. A writer destroyed without commit() rolls everything back, so a
// failed request never leaves a half-done write.
//
// Everything that must follow an item change inside the same transaction
// (secondary-index rows, stream records) hangs off itemChanged(), which sees
// the item before and after. Images are decoded only for tables that need
// them (TableSchema::needsImages()), so plain tables pay nothing.
//
// Thread-safety: used under the engine's lock, one writer per request.
#pragma once

#include "engine_impl.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace shardscope::engine {

// Who made a change: a client request, or the service itself (TTL deletes,
// which streams mark with the service's userIdentity).
enum class ChangeOrigin { User, TimeToLive };

class ItemWriter {
public:
    explicit ItemWriter(OpContext& ctx, ChangeOrigin origin = ChangeOrigin::User)
        : m_ctx(ctx), m_tx(*ctx.engine.db), m_origin(origin) {}

    Status begin() { return m_tx.begin(); }
    // The stored row for `key`, if any.
    Result<std::optional<storage::StoredItem>> read(const TableSchema& table, const storage::StoredKey& key);
    // Stores `item` (of DynamoDB size `size`) over whatever was there;
    // `previous` is the row read before (nullopt when there was none).
    Status write(TableSchema& table, const storage::StoredKey& key, const Item& item, std::size_t size,
                 const std::optional<storage::StoredItem>& previous);
    Status remove(TableSchema& table, const storage::StoredKey& key, const storage::StoredItem& previous);
    Status commit();

private:
    // Index maintenance and stream records for one change; `before`/`after`
    // are null when the item did not / does not exist.
    Status itemChanged(TableSchema& table, const storage::StoredKey& key, const Item* before, const Item* after);

    struct Delta {
        TableSchema* table;
        std::int64_t hash;  // the partition the change landed in
        std::int64_t items;
        std::int64_t bytes;
    };

    OpContext& m_ctx;
    storage::Transaction m_tx;
    ChangeOrigin m_origin;
    std::vector<Delta> m_deltas;
    std::set<std::string> m_changedTables;
    std::string m_buffer;
};

}  // namespace shardscope::engine
