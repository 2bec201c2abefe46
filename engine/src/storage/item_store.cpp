#include "storage/item_store.h"

#include <algorithm>

namespace shardscope::engine::storage {

Result<std::optional<StoredItem>> ItemStore::get(std::int64_t tableId, const StoredKey& key) {
    auto stmt = m_db.prepared("SELECT size, data FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk=?4");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, tableId).bind(2, key.hash).bind(3, std::string_view(key.pk)).bind(4, std::string_view(key.sk));
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    std::optional<StoredItem> out;
    if (*row) out = StoredItem{s.columnInt64(0), std::string(s.columnBlob(1))};
    s.reset();
    return out;
}

Status ItemStore::put(std::int64_t tableId, const StoredKey& key, std::int64_t size, std::string_view data) {
    auto stmt = m_db.prepared(
        "INSERT OR REPLACE INTO items(table_id, hash, pk, sk, size, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, tableId).bind(2, key.hash).bind(3, std::string_view(key.pk)).bind(4, std::string_view(key.sk));
    s.bind(5, size).bind(6, data);
    return s.run();
}

Status ItemStore::erase(std::int64_t tableId, const StoredKey& key) {
    auto stmt = m_db.prepared("DELETE FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk=?4");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, tableId).bind(2, key.hash).bind(3, std::string_view(key.pk)).bind(4, std::string_view(key.sk));
    return s.run();
}

Status ItemStore::eraseTable(std::int64_t tableId) {
    auto stmt = m_db.prepared("DELETE FROM items WHERE table_id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId);
    return (*stmt)->run();
}

Result<std::vector<TableUsage>> ItemStore::usage() {
    auto stmt = m_db.prepared("SELECT table_id, COUNT(*), TOTAL(size) FROM items GROUP BY table_id");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    return s.collectRows<TableUsage>(
        [](const Statement& r) { return TableUsage{r.columnInt64(0), r.columnInt64(1), r.columnInt64(2)}; });
}

}  // namespace shardscope::engine::storage

namespace shardscope::engine::storage {
namespace {

Status walk(Statement& s, void* context, RowVisitor visit) {
    return s.forEachRow([&](const Statement& r) {
        return visit(context, RowView{r.columnInt64(0), r.columnBlob(1), r.columnBlob(2), r.columnInt64(3), r.columnBlob(4)});
    });
}

}  // namespace

Status ItemStore::walkPartition(std::int64_t tableId, std::int64_t hash, std::string_view pk,
                                const SortKeyRange& range, bool forward, void* context, RowVisitor visit) {
    // Four fixed statements (bounded or not, each direction): no SQL is built per request.
    static constexpr const char* kSql[2][2] = {
        {"SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk>=?4 "
         "ORDER BY sk DESC",
         "SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk>=?4 "
         "ORDER BY sk ASC"},
        {"SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk>=?4 AND sk<?5 "
         "ORDER BY sk DESC",
         "SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash=?2 AND pk=?3 AND sk>=?4 AND sk<?5 "
         "ORDER BY sk ASC"},
    };
    const bool bounded = range.upper.has_value();
    auto stmt = m_db.prepared(kSql[bounded ? 1 : 0][forward ? 1 : 0]);
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, tableId).bind(2, hash).bind(3, pk).bind(4, std::string_view(range.lower));
    if (bounded) s.bind(5, std::string_view(*range.upper));
    return walk(s, context, visit);
}

Status ItemStore::walkTable(std::int64_t tableId, const ScanRange& range, void* context, RowVisitor visit) {
    static constexpr const char* kSql[2][2] = {
        {"SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash>=?2 "
         "ORDER BY hash, pk, sk",
         "SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash>=?2 AND (hash, pk, sk)>(?4, ?5, ?6) "
         "ORDER BY hash, pk, sk"},
        {"SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash>=?2 AND hash<?3 "
         "ORDER BY hash, pk, sk",
         "SELECT hash, pk, sk, size, data FROM items WHERE table_id=?1 AND hash>=?2 AND hash<?3 "
         "AND (hash, pk, sk)>(?4, ?5, ?6) ORDER BY hash, pk, sk"},
    };
    const bool bounded = range.hashHighExclusive.has_value();
    const bool resume = range.after.has_value();
    auto stmt = m_db.prepared(kSql[bounded ? 1 : 0][resume ? 1 : 0]);
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    // A resumed walk seeks to the start key's hash: SQLite does not use the
    // row-value bound (hash, pk, sk) > (...) for the index seek when hash>=?2
    // is there, so a lower ?2 walked (and dropped) every row before the start
    // key, making each page of a long Scan slower than the last.
    s.bind(1, tableId).bind(2, resume ? std::max(range.hashLow, range.after->hash) : range.hashLow);
    if (bounded) s.bind(3, *range.hashHighExclusive);
    if (resume)
        s.bind(4, range.after->hash).bind(5, std::string_view(range.after->pk)).bind(6, std::string_view(range.after->sk));
    return walk(s, context, visit);
}

}  // namespace shardscope::engine::storage
