// TagStore: the tags of each table (TagResource / ListTagsOfResource).
//
// Tags are not part of a table's description, so they live in their own
// SQLite table, created on first use. Keys are unique per table; putting an
// existing key replaces its value.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace shardscope::engine::storage {

class TagStore {
public:
    explicit TagStore(Database& db) : m_db(db) {}

    // Key-ordered.
    Result<std::vector<std::pair<std::string, std::string>>> list(std::int64_t tableId);
    Status put(std::int64_t tableId, const std::string& key, const std::string& value);
    Status remove(std::int64_t tableId, const std::string& key);
    Status removeAll(std::int64_t tableId);

private:
    Status ensureSchema();
    Database& m_db;
    bool m_ready = false;
};

}  // namespace shardscope::engine::storage
