// TtlSettingsStore: each table's TimeToLive setting, persisted.
//
// One row per table that ever had TTL switched on, keyed by the table's
// TableId (so a re-created table of the same name starts without TTL): the
// attribute name, whether TTL is enabled, and when it was last changed (for
// DynamoDB's one-change-per-interval rule). The table is created when the
// engine opens; rows of tables that no longer exist are dropped then too.
// TTL is not part of DescribeTable's answer, which is why it does not live
// in the catalog's description.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace shardscope::engine::ttl {

struct TtlSetting {
    std::string tableUuid;
    std::string attributeName;
    bool enabled = false;
    std::int64_t modifiedMs = 0;
};

class TtlSettingsStore {
public:
    explicit TtlSettingsStore(storage::Database& db) : m_db(db) {}

    static Status createSchema(storage::Database& db);

    Result<std::optional<TtlSetting>> get(const std::string& tableUuid);
    Status put(const TtlSetting& setting);
    // Every enabled setting.
    Result<std::vector<TtlSetting>> enabled();
    // Drops the rows of tables not in `liveTableUuids`.
    Status removeOthers(const std::set<std::string>& liveTableUuids);

private:
    storage::Database& m_db;
};

}  // namespace shardscope::engine::ttl
