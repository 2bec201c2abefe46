#include "ttl/ttl_settings.h"

namespace shardscope::engine::ttl {
namespace {

using storage::Statement;

TtlSetting readSetting(const Statement& s) {
    return {std::string(s.columnText(0)), std::string(s.columnText(1)), s.columnInt64(2) != 0, s.columnInt64(3)};
}

Result<std::vector<TtlSetting>> collect(Statement& s) { return s.collectRows<TtlSetting>(readSetting); }

}  // namespace

Status TtlSettingsStore::createSchema(storage::Database& db) {
    return db.exec(
        "CREATE TABLE IF NOT EXISTS ttl_settings("
        "table_uuid TEXT PRIMARY KEY, attribute TEXT NOT NULL, enabled INTEGER NOT NULL, modified_ms INTEGER NOT NULL)");
}

Result<std::optional<TtlSetting>> TtlSettingsStore::get(const std::string& tableUuid) {
    auto stmt = m_db.prepared("SELECT table_uuid, attribute, enabled, modified_ms FROM ttl_settings WHERE table_uuid=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bindText(1, tableUuid);
    auto rows = collect(**stmt);
    if (!rows.ok()) return std::move(rows).error();
    if (rows->empty()) return std::optional<TtlSetting>{};
    return std::optional<TtlSetting>(std::move(rows->front()));
}

Status TtlSettingsStore::put(const TtlSetting& setting) {
    auto stmt = m_db.prepared(
        "INSERT OR REPLACE INTO ttl_settings(table_uuid, attribute, enabled, modified_ms) VALUES(?1, ?2, ?3, ?4)");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bindText(1, setting.tableUuid).bindText(2, setting.attributeName);
    (*stmt)->bind(3, std::int64_t{setting.enabled ? 1 : 0}).bind(4, setting.modifiedMs);
    return (*stmt)->run();
}

Result<std::vector<TtlSetting>> TtlSettingsStore::enabled() {
    auto stmt = m_db.prepared("SELECT table_uuid, attribute, enabled, modified_ms FROM ttl_settings WHERE enabled=1");
    if (!stmt.ok()) return std::move(stmt).error();
    return collect(**stmt);
}

Status TtlSettingsStore::removeOthers(const std::set<std::string>& liveTableUuids) {
    auto all = m_db.prepared("SELECT table_uuid, attribute, enabled, modified_ms FROM ttl_settings");
    if (!all.ok()) return std::move(all).error();
    auto rows = collect(**all);
    if (!rows.ok()) return std::move(rows).error();
    for (const auto& row : *rows) {
        if (liveTableUuids.count(row.tableUuid)) continue;
        auto erase = m_db.prepared("DELETE FROM ttl_settings WHERE table_uuid=?1");
        if (!erase.ok()) return std::move(erase).error();
        (*erase)->bindText(1, row.tableUuid);
        SHARDSCOPE_TRY((*erase)->run());
    }
    return Status::success();
}

}  // namespace shardscope::engine::ttl
