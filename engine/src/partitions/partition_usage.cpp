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

Result<std::optional<std::int64_t>> medianHash(storage::Database& db, std::int64_t tableId,
                                               const std::string* indexName, std::int64_t low, std::int64_t high,
                                               std::int64_t itemCount) {
    auto stmt = indexName ? db.prepared("SELECT hash FROM index_entries WHERE table_id=?1 AND index_name=?5 AND "
                                        "hash>=?2 AND hash<=?3 ORDER BY hash LIMIT 1 OFFSET ?4")
                          : db.prepared("SELECT hash FROM items WHERE table_id=?1 AND hash>=?2 AND hash<=?3 "
                                        "ORDER BY hash LIMIT 1 OFFSET ?4");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bind(2, low).bind(3, high).bind(4, itemCount / 2);
    if (indexName) s.bindText(5, *indexName);
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    std::optional<std::int64_t> out;
    // The middle item's hash starts the upper half; a range whose middle is
    // its first hash holds one hot key value and cannot split by size.
    if (*row && s.columnInt64(0) > low) out = s.columnInt64(0);
    s.reset();
    return out;
}

}  // namespace shardscope::engine::partitions
