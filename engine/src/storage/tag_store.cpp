#include "storage/tag_store.h"

namespace shardscope::engine::storage {

Status TagStore::ensureSchema() {
    if (m_ready) return Status::success();
    SHARDSCOPE_TRY(m_db.exec("CREATE TABLE IF NOT EXISTS tags(table_id INTEGER NOT NULL, key TEXT NOT NULL, "
                             "value TEXT NOT NULL, PRIMARY KEY(table_id, key)) WITHOUT ROWID"));
    m_ready = true;
    return Status::success();
}

Result<std::vector<std::pair<std::string, std::string>>> TagStore::list(std::int64_t tableId) {
    SHARDSCOPE_TRY(ensureSchema());
    auto stmt = m_db.prepared("SELECT key, value FROM tags WHERE table_id=?1 ORDER BY key");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, tableId);
    return s.collectRows<std::pair<std::string, std::string>>(
        [](const Statement& r) { return std::pair{std::string(r.columnText(0)), std::string(r.columnText(1))}; });
}

Status TagStore::put(std::int64_t tableId, const std::string& key, const std::string& value) {
    SHARDSCOPE_TRY(ensureSchema());
    auto stmt = m_db.prepared("INSERT OR REPLACE INTO tags(table_id, key, value) VALUES(?1, ?2, ?3)");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId).bindText(2, key).bindText(3, value);
    return (*stmt)->run();
}

Status TagStore::remove(std::int64_t tableId, const std::string& key) {
    SHARDSCOPE_TRY(ensureSchema());
    auto stmt = m_db.prepared("DELETE FROM tags WHERE table_id=?1 AND key=?2");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId).bindText(2, key);
    return (*stmt)->run();
}

Status TagStore::removeAll(std::int64_t tableId) {
    SHARDSCOPE_TRY(ensureSchema());
    auto stmt = m_db.prepared("DELETE FROM tags WHERE table_id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, tableId);
    return (*stmt)->run();
}

}  // namespace shardscope::engine::storage
