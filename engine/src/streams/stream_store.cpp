#include "streams/stream_store.h"

namespace shardscope::engine::streams {
namespace {

using storage::Statement;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS streams(
  id INTEGER PRIMARY KEY,
  arn TEXT NOT NULL UNIQUE,
  table_name TEXT NOT NULL,
  table_uuid TEXT NOT NULL,
  label TEXT NOT NULL,
  view_type TEXT NOT NULL,
  key_schema TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  disabled_ms INTEGER,
  next_sequence INTEGER NOT NULL,
  maintained_ms INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS streams_by_table ON streams(table_uuid);
CREATE TABLE IF NOT EXISTS stream_shards(
  id INTEGER PRIMARY KEY,
  stream_id INTEGER NOT NULL,
  shard_id TEXT NOT NULL,
  parent_shard_id TEXT,
  hash_low INTEGER NOT NULL,
  hash_high INTEGER,
  created_ms INTEGER NOT NULL,
  starting_sequence INTEGER NOT NULL,
  ending_sequence INTEGER,
  closed_ms INTEGER,
  record_count INTEGER NOT NULL DEFAULT 0,
  last_sequence INTEGER,
  trimmed_through INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS stream_shards_by_stream ON stream_shards(stream_id, id);
CREATE TABLE IF NOT EXISTS stream_records(
  shard INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  size INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY(shard, sequence)) WITHOUT ROWID;
)sql";

#define STREAM_COLUMNS \
    "id, arn, table_name, table_uuid, label, view_type, key_schema, created_ms, disabled_ms, next_sequence, maintained_ms"
#define SHARD_COLUMNS                                                                                          \
    "id, stream_id, shard_id, parent_shard_id, hash_low, hash_high, created_ms, starting_sequence, "          \
    "ending_sequence, closed_ms, record_count, last_sequence, trimmed_through"

std::optional<std::int64_t> optionalInt(const Statement& s, int column) {
    if (s.columnIsNull(column)) return std::nullopt;
    return s.columnInt64(column);
}

StreamRow readStream(const Statement& s) {
    StreamRow row;
    row.id = s.columnInt64(0);
    row.arn = std::string(s.columnText(1));
    row.tableName = std::string(s.columnText(2));
    row.tableUuid = std::string(s.columnText(3));
    row.label = std::string(s.columnText(4));
    row.viewType = std::string(s.columnText(5));
    row.keySchema = std::string(s.columnText(6));
    row.createdMs = s.columnInt64(7);
    row.disabledMs = optionalInt(s, 8);
    row.nextSequence = s.columnInt64(9);
    row.maintainedMs = s.columnInt64(10);
    return row;
}

ShardRow readShard(const Statement& s) {
    ShardRow row;
    row.rowId = s.columnInt64(0);
    row.streamId = s.columnInt64(1);
    row.shardId = std::string(s.columnText(2));
    if (!s.columnIsNull(3)) row.parentShardId = std::string(s.columnText(3));
    row.hashLow = s.columnInt64(4);
    row.hashHigh = optionalInt(s, 5);
    row.createdMs = s.columnInt64(6);
    row.startingSequence = s.columnInt64(7);
    row.endingSequence = optionalInt(s, 8);
    row.closedMs = optionalInt(s, 9);
    row.recordCount = s.columnInt64(10);
    row.lastSequence = optionalInt(s, 11);
    row.trimmedThrough = s.columnInt64(12);
    return row;
}

template <typename Row, typename Reader>
Result<std::optional<Row>> first(Statement& s, Reader read) {
    auto rows = s.collectRows<Row>(read);
    if (!rows.ok()) return std::move(rows).error();
    if (rows->empty()) return std::optional<Row>{};
    return std::optional<Row>(std::move(rows->front()));
}

// Runs a one-integer-result query (NULL reads as nullopt).
Result<std::optional<std::int64_t>> scalar(Statement& s) {
    auto row = s.step();
    if (!row.ok()) {
        s.reset();
        return std::move(row).error();
    }
    std::optional<std::int64_t> value;
    if (*row && !s.columnIsNull(0)) value = s.columnInt64(0);
    s.reset();
    return value;
}

}  // namespace

Status StreamStore::createSchema(storage::Database& db) { return db.exec(kSchema); }

Result<std::int64_t> StreamStore::insertStream(const StreamRow& row) {
    auto stmt = m_db.prepared(
        "INSERT INTO streams(arn, table_name, table_uuid, label, view_type, key_schema, created_ms, disabled_ms, "
        "next_sequence, maintained_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9) RETURNING id");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bindText(1, row.arn).bindText(2, row.tableName).bindText(3, row.tableUuid).bindText(4, row.label);
    s.bindText(5, row.viewType).bindText(6, row.keySchema).bind(7, row.createdMs).bind(8, row.nextSequence);
    s.bind(9, row.maintainedMs);
    auto id = scalar(s);
    if (!id.ok()) return std::move(id).error();
    if (!*id) return ApiError::internal("Storage error inserting stream " + row.arn);
    return **id;
}

Result<std::optional<StreamRow>> StreamStore::streamByArn(const std::string& arn) {
    auto stmt = m_db.prepared("SELECT " STREAM_COLUMNS " FROM streams WHERE arn=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bindText(1, arn);
    return first<StreamRow>(**stmt, readStream);
}

Result<std::optional<StreamRow>> StreamStore::streamById(std::int64_t id) {
    auto stmt = m_db.prepared("SELECT " STREAM_COLUMNS " FROM streams WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, id);
    return first<StreamRow>(**stmt, readStream);
}

Result<std::optional<StreamRow>> StreamStore::enabledStreamOf(const std::string& tableUuid) {
    auto stmt = m_db.prepared("SELECT " STREAM_COLUMNS
                              " FROM streams WHERE table_uuid=?1 AND disabled_ms IS NULL ORDER BY id DESC LIMIT 1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bindText(1, tableUuid);
    return first<StreamRow>(**stmt, readStream);
}

Result<std::vector<StreamRow>> StreamStore::allStreams() {
    auto stmt = m_db.prepared("SELECT " STREAM_COLUMNS " FROM streams ORDER BY arn");
    if (!stmt.ok()) return std::move(stmt).error();
    return (*stmt)->collectRows<StreamRow>(readStream);
}

Status StreamStore::setDisabled(std::int64_t streamId, std::int64_t disabledMs) {
    auto stmt = m_db.prepared("UPDATE streams SET disabled_ms=?2 WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId).bind(2, disabledMs);
    return (*stmt)->run();
}

Status StreamStore::setNextSequence(std::int64_t streamId, std::int64_t nextSequence) {
    auto stmt = m_db.prepared("UPDATE streams SET next_sequence=?2 WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId).bind(2, nextSequence);
    return (*stmt)->run();
}

Status StreamStore::setMaintained(std::int64_t streamId, std::int64_t maintainedMs) {
    auto stmt = m_db.prepared("UPDATE streams SET maintained_ms=?2 WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId).bind(2, maintainedMs);
    return (*stmt)->run();
}

Status StreamStore::deleteStream(std::int64_t streamId) {
    auto shards = shardsOf(streamId);
    if (!shards.ok()) return std::move(shards).error();
    for (const auto& shard : *shards) SHARDSCOPE_TRY(deleteShard(shard.rowId));
    auto stmt = m_db.prepared("DELETE FROM streams WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId);
    return (*stmt)->run();
}

Result<std::vector<ShardRow>> StreamStore::shardsOf(std::int64_t streamId) {
    auto stmt = m_db.prepared("SELECT " SHARD_COLUMNS " FROM stream_shards WHERE stream_id=?1 ORDER BY id");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId);
    return (*stmt)->collectRows<ShardRow>(readShard);
}

Result<std::optional<ShardRow>> StreamStore::shardById(std::int64_t streamId, const std::string& shardId) {
    auto stmt = m_db.prepared("SELECT " SHARD_COLUMNS " FROM stream_shards WHERE stream_id=?1 AND shard_id=?2");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId).bindText(2, shardId);
    return first<ShardRow>(**stmt, readShard);
}

Result<std::optional<ShardRow>> StreamStore::openShardFor(std::int64_t streamId, std::int64_t hash) {
    auto stmt = m_db.prepared("SELECT " SHARD_COLUMNS
                              " FROM stream_shards WHERE stream_id=?1 AND closed_ms IS NULL AND hash_low<=?2 "
                              "AND (hash_high IS NULL OR hash_high>?2) ORDER BY id DESC LIMIT 1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, streamId).bind(2, hash);
    return first<ShardRow>(**stmt, readShard);
}

Result<std::int64_t> StreamStore::insertShard(const ShardRow& row) {
    auto stmt = m_db.prepared(
        "INSERT INTO stream_shards(stream_id, shard_id, parent_shard_id, hash_low, hash_high, created_ms, "
        "starting_sequence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, row.streamId).bindText(2, row.shardId);
    if (row.parentShardId) s.bindText(3, *row.parentShardId);
    else s.bindNull(3);
    s.bind(4, row.hashLow);
    if (row.hashHigh) s.bind(5, *row.hashHigh);
    else s.bindNull(5);
    s.bind(6, row.createdMs).bind(7, row.startingSequence);
    auto id = scalar(s);
    if (!id.ok()) return std::move(id).error();
    if (!*id) return ApiError::internal("Storage error inserting shard " + row.shardId);
    return **id;
}

Status StreamStore::closeShard(std::int64_t rowId, std::int64_t endingSequence, std::int64_t closedMs) {
    auto stmt = m_db.prepared("UPDATE stream_shards SET ending_sequence=?2, closed_ms=?3 WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, rowId).bind(2, endingSequence).bind(3, closedMs);
    return (*stmt)->run();
}

Status StreamStore::deleteShard(std::int64_t rowId) {
    auto records = m_db.prepared("DELETE FROM stream_records WHERE shard=?1");
    if (!records.ok()) return std::move(records).error();
    (*records)->bind(1, rowId);
    SHARDSCOPE_TRY((*records)->run());
    auto stmt = m_db.prepared("DELETE FROM stream_shards WHERE id=?1");
    if (!stmt.ok()) return std::move(stmt).error();
    (*stmt)->bind(1, rowId);
    return (*stmt)->run();
}

Status StreamStore::appendRecord(std::int64_t shardRowId, std::int64_t sequence, std::int64_t createdMs,
                                 std::int64_t size, std::string_view json) {
    auto insert = m_db.prepared(
        "INSERT INTO stream_records(shard, sequence, created_ms, size, record) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok()) return std::move(insert).error();
    (*insert)->bind(1, shardRowId).bind(2, sequence).bind(3, createdMs).bind(4, size).bindText(5, json);
    SHARDSCOPE_TRY((*insert)->run());
    auto update = m_db.prepared(
        "UPDATE stream_shards SET record_count=record_count+1, last_sequence=?2 WHERE id=?1");
    if (!update.ok()) return std::move(update).error();
    (*update)->bind(1, shardRowId).bind(2, sequence);
    return (*update)->run();
}

Status StreamStore::readRecords(std::int64_t shardRowId, std::int64_t from, std::size_t limit,
                                std::int64_t maxBytes, std::vector<RecordRow>* out, bool* more) {
    auto stmt = m_db.prepared(
        "SELECT sequence, size, record FROM stream_records WHERE shard=?1 AND sequence>=?2 ORDER BY sequence");
    if (!stmt.ok()) return std::move(stmt).error();
    Statement& s = **stmt;
    s.bind(1, shardRowId).bind(2, from);
    *more = false;
    std::int64_t bytes = 0;
    return s.forEachRow([&](const Statement& r) {
        const std::int64_t size = r.columnInt64(1);
        if (out->size() >= limit || (!out->empty() && bytes + size > maxBytes)) {
            *more = true;
            return false;
        }
        bytes += size;
        out->push_back({r.columnInt64(0), size, std::string(r.columnText(2))});
        return true;
    });
}

Status StreamStore::trimShard(std::int64_t shardRowId, std::int64_t horizonMs) {
    auto last = m_db.prepared("SELECT MAX(sequence) FROM stream_records WHERE shard=?1 AND created_ms<?2");
    if (!last.ok()) return std::move(last).error();
    (*last)->bind(1, shardRowId).bind(2, horizonMs);
    auto trimmed = scalar(**last);
    if (!trimmed.ok()) return std::move(trimmed).error();
    if (!*trimmed) return Status::success();
    auto erase = m_db.prepared("DELETE FROM stream_records WHERE shard=?1 AND sequence<=?2");
    if (!erase.ok()) return std::move(erase).error();
    (*erase)->bind(1, shardRowId).bind(2, **trimmed);
    SHARDSCOPE_TRY((*erase)->run());
    auto mark = m_db.prepared("UPDATE stream_shards SET trimmed_through=MAX(trimmed_through, ?2) WHERE id=?1");
    if (!mark.ok()) return std::move(mark).error();
    (*mark)->bind(1, shardRowId).bind(2, **trimmed);
    return (*mark)->run();
}

}  // namespace shardscope::engine::streams
