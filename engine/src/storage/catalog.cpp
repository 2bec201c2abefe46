#include "storage/catalog.h"


namespace shardscope::engine::storage {

Result<std::vector<CatalogEntry>> Catalog::loadAll() {
    auto stmt = m_db.prepared("SELECT id, name, description FROM tables ORDER BY name");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    std::vector<CatalogEntry> out;
    std::string corrupt;  // the name of a table whose description does not parse
    SHARDSCOPE_TRY(s.forEachRow([&](const Statement& r) {
        CatalogEntry entry;
        entry.id = r.columnInt64(0);
        entry.name = std::string(r.columnText(1));
        entry.description = nlohmann::json::parse(r.columnText(2), nullptr, false);
        if (entry.description.is_discarded()) {
            corrupt = entry.name;
            return false;
        }
        out.push_back(std::move(entry));
        return true;
    }));
    if (!corrupt.empty()) return ApiError::internal("Corrupt catalog entry for table " + corrupt);
    return out;
}

Result<std::int64_t> Catalog::insert(const std::string& name, const nlohmann::json& description) {
    auto stmt = m_db.prepared("INSERT INTO tables(name, description) VALUES(?1, ?2) RETURNING id");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    const std::string text = description.dump();
    s.bindText(1, name).bindText(2, text);
    auto row = s.step();
    if (!row.ok() || !*row) {
        s.reset();
        return ApiError::internal("Storage error inserting table " + name);
    }
    const std::int64_t id = s.columnInt64(0);
    (void)s.step();
    s.reset();
    return id;
}

Status Catalog::update(std::int64_t id, const nlohmann::json& description) {
    auto stmt = m_db.prepared("UPDATE tables SET description=?2 WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    const std::string text = description.dump();
    (*stmt)->bind(1, id).bindText(2, text);
    return (*stmt)->run();
}

Status Catalog::remove(std::int64_t id) {
    auto stmt = m_db.prepared("DELETE FROM tables WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, id);
    return (*stmt)->run();
}

}  // namespace shardscope::engine::storage
