// Catalog: the persistent list of tables and their descriptions.
//
// Each table has a numeric id (the items' table_id) and its description as
// DynamoDB JSON (what DescribeTable returns, minus live counters), so a
// restart restores every table exactly.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace shardscope::engine::storage {

struct CatalogEntry {
    std::int64_t id = 0;
    std::string name;
    nlohmann::json description;
};

class Catalog {
public:
    explicit Catalog(Database& db) : m_db(db) {}

    Result<std::vector<CatalogEntry>> loadAll();
    // Returns the new table's id.
    Result<std::int64_t> insert(const std::string& name, const nlohmann::json& description);
    Status update(std::int64_t id, const nlohmann::json& description);
    Status remove(std::int64_t id);

private:
    Database& m_db;
};

}  // namespace shardscope::engine::storage
