#include "indexes/index_store.h"

namespace shardscope::engine::indexes {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS index_entries(
  table_id INTEGER NOT NULL,
  index_name TEXT NOT NULL,
  hash INTEGER NOT NULL,
  ipk BLOB NOT NULL,
  isk BLOB NOT NULL,
  pk BLOB NOT NULL,
  sk BLOB NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(table_id, index_name, hash, ipk, isk, pk, sk)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS index_usage(
  table_id INTEGER NOT NULL,
  index_name TEXT NOT NULL,
  item_count INTEGER NOT NULL,
  entry_bytes INTEGER NOT NULL,
  PRIMARY KEY(table_id, index_name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_collections(
  table_id INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  pk BLOB NOT NULL,
  size_bytes INTEGER NOT NULL,
  PRIMARY KEY(table_id, hash, pk)) WITHOUT ROWID;
)sql";

void bindKey(storage::Statement& s, int first, const IndexKey& key) {
    s.bind(first, key.hash)
        .bind(first + 1, std::string_view(key.ipk))
        .bind(first + 2, std::string_view(key.isk))
        .bind(first + 3, std::string_view(key.pk))
        .bind(first + 4, std::string_view(key.sk));
}

Status walk(storage::Statement& s, void* context, IndexRowVisitor visit) {
    return s.forEachRow([&](const storage::Statement& r) {
        return visit(context, IndexRowView{r.columnInt64(0), r.columnBlob(1), r.columnBlob(2), r.columnBlob(3),
                                           r.columnBlob(4), r.columnInt64(5), r.columnBlob(6)});
    });
}

}  // namespace

Status IndexStore::ensureSchema() { return m_db.exec(kSchema); }

Status IndexStore::adjustUsage(std::int64_t tableId, const std::string& index, std::int64_t count, std::int64_t bytes) {
    auto stmt = m_db.prepared(
        "INSERT INTO index_usage(table_id, index_name, item_count, entry_bytes) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(table_id, index_name) DO UPDATE SET item_count=item_count+excluded.item_count, "
        "entry_bytes=entry_bytes+excluded.entry_bytes");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId).bindText(2, index).bind(3, count).bind(4, bytes);
    return (*stmt)->run();
}

Status IndexStore::registerIndex(std::int64_t tableId, const std::string& index) {
    return adjustUsage(tableId, index, 0, 0);
}

Status IndexStore::put(std::int64_t tableId, const std::string& index, const IndexKey& key, std::int64_t size,
                       std::string_view data) {
    std::int64_t previous = -1;
    SHARDSCOPE_TRY(erase(tableId, index, key, &previous));
    auto stmt = m_db.prepared(
        "INSERT INTO index_entries(table_id, index_name, hash, ipk, isk, pk, sk, size, data) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index);
    bindKey(s, 3, key);
    s.bind(8, size).bind(9, data);
    SHARDSCOPE_TRY(s.run());
    // erase() took the previous entry out of the usage; this puts the new one in.
    return adjustUsage(tableId, index, 1, size);
}

Status IndexStore::erase(std::int64_t tableId, const std::string& index, const IndexKey& key,
                         std::int64_t* removedSize) {
    auto stmt = m_db.prepared(
        "DELETE FROM index_entries WHERE table_id=?1 AND index_name=?2 AND hash=?3 AND ipk=?4 AND isk=?5 AND pk=?6 "
        "AND sk=?7 RETURNING size");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index);
    bindKey(s, 3, key);
    std::int64_t removed = -1;
    SHARDSCOPE_TRY(s.forEachRow([&](const storage::Statement& r) { removed = r.columnInt64(0); }));
    if (removedSize) *removedSize = removed;
    if (removed < 0) return Status::success();
    return adjustUsage(tableId, index, -1, -removed);
}

Result<std::int64_t> IndexStore::eraseSome(std::int64_t tableId, const std::string& index, std::int64_t limit) {
    auto stmt = m_db.prepared(
        "DELETE FROM index_entries WHERE table_id=?1 AND index_name=?2 AND (hash, ipk, isk, pk, sk) IN "
        "(SELECT hash, ipk, isk, pk, sk FROM index_entries WHERE table_id=?1 AND index_name=?2 LIMIT ?3) "
        "RETURNING size");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index).bind(3, limit);
    std::int64_t count = 0, bytes = 0;
    SHARDSCOPE_TRY(s.forEachRow([&](const storage::Statement& r) {
        ++count;
        bytes += r.columnInt64(0);
    }));
    if (count > 0) SHARDSCOPE_TRY(adjustUsage(tableId, index, -count, -bytes));
    return count;
}

Status IndexStore::forgetIndex(std::int64_t tableId, const std::string& index) {
    auto stmt = m_db.prepared("DELETE FROM index_usage WHERE table_id=?1 AND index_name=?2");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId).bindText(2, index);
    return (*stmt)->run();
}

Status IndexStore::eraseTable(std::int64_t tableId) {
    static constexpr const char* kSql[] = {
        "DELETE FROM index_entries WHERE table_id=?1",
        "DELETE FROM index_usage WHERE table_id=?1",
        "DELETE FROM item_collections WHERE table_id=?1",
    };
    for (const char* sql : kSql) {
        auto stmt = m_db.prepared(sql);
        if (!stmt.ok()) return std::move(stmt).error();
        (*stmt)->bind(1, tableId);
        SHARDSCOPE_TRY((*stmt)->run());
    }
    return Status::success();
}

Status IndexStore::walkPartition(std::int64_t tableId, const std::string& index, std::int64_t hash,
                                 std::string_view ipk, const storage::SortKeyRange& range, const IndexKey* after,
                                 bool forward, void* context, IndexRowVisitor visit) {
    // [bounded][resume][forward]: fixed statements, no SQL built per request.
#define SS_BASE "SELECT hash, ipk, isk, pk, sk, size, data FROM index_entries WHERE table_id=?1 AND index_name=?2 " \
                "AND hash=?3 AND ipk=?4 AND isk>=?5"
#define SS_ASC " ORDER BY isk ASC, pk ASC, sk ASC"
#define SS_DESC " ORDER BY isk DESC, pk DESC, sk DESC"
    static constexpr const char* kSql[2][2][2] = {
        {{SS_BASE SS_DESC, SS_BASE SS_ASC},
         {SS_BASE " AND (isk, pk, sk)<(?7, ?8, ?9)" SS_DESC, SS_BASE " AND (isk, pk, sk)>(?7, ?8, ?9)" SS_ASC}},
        {{SS_BASE " AND isk<?6" SS_DESC, SS_BASE " AND isk<?6" SS_ASC},
         {SS_BASE " AND isk<?6 AND (isk, pk, sk)<(?7, ?8, ?9)" SS_DESC,
          SS_BASE " AND isk<?6 AND (isk, pk, sk)>(?7, ?8, ?9)" SS_ASC}},
    };
#undef SS_BASE
#undef SS_ASC
#undef SS_DESC
    const bool bounded = range.upper.has_value();
    auto stmt = m_db.prepared(kSql[bounded ? 1 : 0][after ? 1 : 0][forward ? 1 : 0]);
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index).bind(3, hash).bind(4, ipk).bind(5, std::string_view(range.lower));
    if (bounded) s.bind(6, std::string_view(*range.upper));
    if (after)
        s.bind(7, std::string_view(after->isk)).bind(8, std::string_view(after->pk)).bind(9, std::string_view(after->sk));
    return walk(s, context, visit);
}

Status IndexStore::walkIndex(std::int64_t tableId, const std::string& index, const IndexScanRange& range,
                             void* context, IndexRowVisitor visit) {
#define SS_BASE "SELECT hash, ipk, isk, pk, sk, size, data FROM index_entries WHERE table_id=?1 AND index_name=?2 " \
                "AND hash>=?3"
#define SS_ORDER " ORDER BY hash, ipk, isk, pk, sk"
#define SS_AFTER " AND (hash, ipk, isk, pk, sk)>(?5, ?6, ?7, ?8, ?9)"
    static constexpr const char* kSql[2][2] = {
        {SS_BASE SS_ORDER, SS_BASE SS_AFTER SS_ORDER},
        {SS_BASE " AND hash<?4" SS_ORDER, SS_BASE " AND hash<?4" SS_AFTER SS_ORDER},
    };
#undef SS_BASE
#undef SS_ORDER
#undef SS_AFTER
    const bool bounded = range.hashHighExclusive.has_value();
    const bool resume = range.after.has_value();
    auto stmt = m_db.prepared(kSql[bounded ? 1 : 0][resume ? 1 : 0]);
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index).bind(3, range.hashLow);
    if (bounded) s.bind(4, *range.hashHighExclusive);
    if (resume) bindKey(s, 5, *range.after);
    return walk(s, context, visit);
}

Result<std::optional<IndexUsage>> IndexStore::usage(std::int64_t tableId, const std::string& index) const {
    auto stmt = m_db.prepared("SELECT item_count, entry_bytes FROM index_usage WHERE table_id=?1 AND index_name=?2");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bindText(2, index);
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    std::optional<IndexUsage> out;
    if (*row) out = IndexUsage{s.columnInt64(0), s.columnInt64(1)};
    s.reset();
    return out;
}

Result<std::vector<IndexUsageRow>> IndexStore::allUsage() const {
    auto stmt = m_db.prepared("SELECT table_id, index_name, item_count, entry_bytes FROM index_usage");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    return s.collectRows<IndexUsageRow>([](const storage::Statement& r) {
        return IndexUsageRow{r.columnInt64(0), std::string(r.columnText(1)), {r.columnInt64(2), r.columnInt64(3)}};
    });
}

Result<std::int64_t> IndexStore::collectionSize(std::int64_t tableId, std::int64_t hash, std::string_view pk) const {
    auto stmt = m_db.prepared("SELECT size_bytes FROM item_collections WHERE table_id=?1 AND hash=?2 AND pk=?3");
    if (!stmt.ok()) return std::move(stmt).error();
    storage::Statement& s = **stmt;
    s.bind(1, tableId).bind(2, hash).bind(3, pk);
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    const std::int64_t size = *row ? s.columnInt64(0) : 0;
    s.reset();
    return size;
}

Status IndexStore::addCollectionSize(std::int64_t tableId, std::int64_t hash, std::string_view pk, std::int64_t delta) {
    if (delta == 0) return Status::success();
    auto stmt = m_db.prepared(
        "INSERT INTO item_collections(table_id, hash, pk, size_bytes) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(table_id, hash, pk) DO UPDATE SET size_bytes=size_bytes+excluded.size_bytes");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId).bind(2, hash).bind(3, pk).bind(4, delta);
    SHARDSCOPE_TRY((*stmt)->run());
    // An emptied collection leaves no row behind.
    auto prune = m_db.prepared("DELETE FROM item_collections WHERE table_id=?1 AND hash=?2 AND pk=?3 AND size_bytes<=0");
    if (!prune.ok()) return std::move(prune).error();
    (*prune)->bind(1, tableId).bind(2, hash).bind(3, pk);
    return (*prune)->run();
}

}  // namespace shardscope::engine::indexes
