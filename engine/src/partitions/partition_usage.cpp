#include "partitions/partition_usage.h"

namespace shardscope::engine::partitions {
namespace {

constexpr std::int64_t kIndexEntryOverhead = 100;

}  // namespace

Result<RangeUsage> rangeUsage(storage::Database& db, std::int64_t tableId, const std::string* indexName,
                              std::int64_t low, std::int64_t high) {
    auto stmt = indexName ? db.prepared("SELECT COUNT(*), TOTAL(size) FROM index_entries "
                                        "WHERE table_id=?1 AND index_name=?4 AND hash>=?2 AND hash<=?3")
                          : db.prepared("SELECT COUNT(*), TOTAL(size) FROM items WHERE table_id=?1 AND hash>=?2 AND hash<=?3");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bind(2, low).bind(3, high);
    if (indexName) s.bindText(4, *indexName);
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    RangeUsage out;
    if (*row) {
        out.itemCount = s.columnInt64(0);
        out.sizeBytes = s.columnInt64(1) + (indexName ? kIndexEntryOverhead * out.itemCount : 0);
    }
    s.reset();
    return out;
}

namespace {

// One storage hash from a query whose first column is a hash (or NULL).
Result<std::optional<std::int64_t>> hashQuery(storage::Database& db, std::string_view tableSql,
                                              std::string_view indexSql, std::int64_t tableId,
                                              const std::string* indexName, std::int64_t low, std::int64_t high,
                                              std::int64_t offset) {
    auto stmt = db.prepared(indexName ? indexSql : tableSql);
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bind(2, low).bind(3, high).bind(4, offset);
    if (indexName) s.bindText(5, *indexName);
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    std::optional<std::int64_t> out;
    if (*row && !s.columnIsNull(0)) out = s.columnInt64(0);
    s.reset();
    return out;
}

}  // namespace

Result<std::optional<std::int64_t>> medianHash(storage::Database& db, std::int64_t tableId,
                                               const std::string* indexName, std::int64_t low, std::int64_t high,
                                               std::int64_t itemCount) {
    // The middle item's hash starts the upper half, unless it is the
    // range's first hash (one heavy key value): then the next hash does.
    auto middle = hashQuery(db, "SELECT hash FROM items WHERE table_id=?1 AND hash>=?2 AND hash<=?3 "
                                "ORDER BY hash LIMIT 1 OFFSET ?4",
                            "SELECT hash FROM index_entries WHERE table_id=?1 AND index_name=?5 AND "
                            "hash>=?2 AND hash<=?3 ORDER BY hash LIMIT 1 OFFSET ?4",
                            tableId, indexName, low, high, itemCount / 2);
    if (!middle.ok() || !*middle) return middle;
    auto first = hashQuery(db, "SELECT MIN(hash) FROM items WHERE table_id=?1 AND hash>=?2 AND hash<=?3 AND ?4=?4",
                           "SELECT MIN(hash) FROM index_entries WHERE table_id=?1 AND index_name=?5 AND hash>=?2 "
                           "AND hash<=?3 AND ?4=?4",
                           tableId, indexName, low, high, 0);
    if (!first.ok()) return first;
    if (*first && **middle > **first) return middle;
    if (**middle == high) return std::optional<std::int64_t>();
    // MIN over the hashes above the middle one.
    return hashQuery(db, "SELECT MIN(hash) FROM items WHERE table_id=?1 AND hash>?4 AND hash<=?3 AND ?2=?2",
                     "SELECT MIN(hash) FROM index_entries WHERE table_id=?1 AND index_name=?5 AND hash>?4 "
                     "AND hash<=?3 AND ?2=?2",
                     tableId, indexName, low, high, **middle);
}

}  // namespace shardscope::engine::partitions
