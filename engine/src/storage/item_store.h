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
    // Item count and total size per table, computed from the rows.
    Result<std::vector<TableUsage>> usage();

private:
    Database& m_db;
};

}  // namespace shardscope::engine::storage
