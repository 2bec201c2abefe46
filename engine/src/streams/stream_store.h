// StreamStore: the SQLite rows of DynamoDB Streams.
//
// Three tables, created by createSchema() when the engine opens:
//  - streams: one row per stream ever enabled (ARN, table, label, view type,
//    key schema, created / disabled time, the next sequence counter). A
//    stream outlives its table: it is keyed by the table's TableId, not by
//    the catalog row, and stays readable for the retention period.
//  - stream_shards: the shards of each stream with their hash range, parent,
//    sequence range, record count and trim point (the highest sequence
//    trimmed away; positions at or below it are gone).
//  - stream_records: one row per record, the record's wire JSON, keyed by
//    (shard, sequence).
// Records are written in the same SQLite transaction as the item change they
// describe (the store never opens a transaction itself), so a rolled-back
// write leaves no record. The store is plain data access; policy (rollover,
// retention) lives in ShardManager.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shardscope::engine::streams {

struct StreamRow {
    std::int64_t id = 0;
    std::string arn;
    std::string tableName;
    std::string tableUuid;  // the table's TableId
    std::string label;
    std::string viewType;
    std::string keySchema;  // KeySchema as JSON text
    std::int64_t createdMs = 0;
    std::optional<std::int64_t> disabledMs;
    std::int64_t nextSequence = 1;
    std::int64_t maintainedMs = 0;

    bool enabled() const { return !disabledMs.has_value(); }
};

struct ShardRow {
    std::int64_t rowId = 0;
    std::int64_t streamId = 0;
    std::string shardId;
    std::optional<std::string> parentShardId;
    std::int64_t hashLow = 0;
    std::optional<std::int64_t> hashHigh;  // exclusive; absent: to the end
    std::int64_t createdMs = 0;
    std::int64_t startingSequence = 0;
    std::optional<std::int64_t> endingSequence;  // set once closed
    std::optional<std::int64_t> closedMs;
    std::int64_t recordCount = 0;
    std::optional<std::int64_t> lastSequence;
    std::int64_t trimmedThrough = 0;

    bool open() const { return !closedMs.has_value(); }
};

struct RecordRow {
    std::int64_t sequence = 0;
    std::int64_t size = 0;
    std::string json;
};

class StreamStore {
public:
    explicit StreamStore(storage::Database& db) : m_db(db) {}

    // Creates the tables if they do not exist (engine open).
    static Status createSchema(storage::Database& db);

    // Streams.
    Result<std::int64_t> insertStream(const StreamRow& row);
    Result<std::optional<StreamRow>> streamByArn(const std::string& arn);
    Result<std::optional<StreamRow>> streamById(std::int64_t id);
    // The enabled stream of a table, if any.
    Result<std::optional<StreamRow>> enabledStreamOf(const std::string& tableUuid);
    // Every stream, ordered by ARN.
    Result<std::vector<StreamRow>> allStreams();
    Status setDisabled(std::int64_t streamId, std::int64_t disabledMs);
    Status setNextSequence(std::int64_t streamId, std::int64_t nextSequence);
    Status setMaintained(std::int64_t streamId, std::int64_t maintainedMs);
    // Removes the stream with its shards and records.
    Status deleteStream(std::int64_t streamId);

    // Shards, in creation order.
    Result<std::vector<ShardRow>> shardsOf(std::int64_t streamId);
    Result<std::optional<ShardRow>> shardById(std::int64_t streamId, const std::string& shardId);
    // The open shard of the stream whose hash range contains `hash`.
    Result<std::optional<ShardRow>> openShardFor(std::int64_t streamId, std::int64_t hash);
    Result<std::int64_t> insertShard(const ShardRow& row);
    Status closeShard(std::int64_t rowId, std::int64_t endingSequence, std::int64_t closedMs);
    Status deleteShard(std::int64_t rowId);

    // Records.
    Status appendRecord(std::int64_t shardRowId, std::int64_t sequence, std::int64_t createdMs, std::int64_t size,
                        std::string_view json);
    // Records of a shard with sequence >= `from`, ascending, at most `limit`
    // and at most `maxBytes` of SizeBytes (at least one record when any).
    // `more` tells whether records were left out.
    Status readRecords(std::int64_t shardRowId, std::int64_t from, std::size_t limit, std::int64_t maxBytes,
                       std::vector<RecordRow>* out, bool* more);
    // Deletes the shard's records created before `horizonMs` and moves its
    // trim point past them.
    Status trimShard(std::int64_t shardRowId, std::int64_t horizonMs);

private:
    storage::Database& m_db;
};

}  // namespace shardscope::engine::streams
