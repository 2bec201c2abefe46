#include "streams/stream_lifecycle.h"

#include "streams/shard_manager.h"
#include "streams/stream_naming.h"
#include "streams/stream_store.h"
#include "wire/request_reader.h"

namespace shardscope::engine {
namespace {

using nlohmann::json;
using streams::ShardManager;
using streams::StreamRow;
using streams::StreamStore;

constexpr const char* kInvalid = "One or more parameter values were invalid: ";

// A SQLite savepoint: rolled back unless released. Unlike BEGIN it nests in
// the caller's transaction.
class Savepoint {
public:
    explicit Savepoint(storage::Database& db) : m_db(db) {}
    ~Savepoint() {
        if (m_open) {
            (void)m_db.exec("ROLLBACK TO streams_change");
            (void)m_db.exec("RELEASE streams_change");
        }
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    Status begin() {
        SHARDSCOPE_TRY(m_db.exec("SAVEPOINT streams_change"));
        m_open = true;
        return Status::success();
    }
    Status release() {
        SHARDSCOPE_TRY(m_db.exec("RELEASE streams_change"));
        m_open = false;
        return Status::success();
    }

private:
    storage::Database& m_db;
    bool m_open = false;
};

// Creates the stream row and its first shards; fills in `stream`.
Status createStream(OpContext& ctx, StreamStore& store, const json& description, const std::string& tableArn,
                    const std::string& viewType, const std::vector<streams::HashRange>& partitions, StreamRow* stream) {
    const std::int64_t now = ctx.engine.clock->nowMillis();
    // Labels have millisecond resolution; a stream re-enabled within the same
    // millisecond takes the next free one so ARNs stay unique.
    std::int64_t labelMs = now;
    for (;;) {
        const std::string arn = streams::streamArn(tableArn, streams::streamLabel(labelMs));
        auto existing = store.streamByArn(arn);
        if (!existing.ok()) return std::move(existing).error();
        if (!*existing) break;
        ++labelMs;
    }
    stream->label = streams::streamLabel(labelMs);
    stream->arn = streams::streamArn(tableArn, stream->label);
    stream->tableName = description.value("TableName", "");
    stream->tableUuid = description.value("TableId", "");
    stream->viewType = viewType;
    stream->keySchema = description.value("KeySchema", json::array()).dump();
    stream->createdMs = now;
    stream->nextSequence = 1;
    stream->maintainedMs = now;
    auto id = store.insertStream(*stream);
    if (!id.ok()) return std::move(id).error();
    stream->id = *id;
    ShardManager shards(store, ctx.engine.options);
    return shards.openShards(*stream, partitions, now);
}

void describeStream(json& description, const StreamRow& stream) {
    description["StreamSpecification"] = {{"StreamEnabled", true}, {"StreamViewType", stream.viewType}};
    description["LatestStreamLabel"] = stream.label;
    description["LatestStreamArn"] = stream.arn;
}

}  // namespace

Status validateStreamSpecification(const json& spec, bool creatingTable) {
    wire::RequestReader reader(spec, "streamSpecification");
    const auto enabled = reader.boolean("StreamEnabled");
    const std::string* viewType = reader.string("StreamViewType");
    reader.required("StreamEnabled", enabled.has_value());
    reader.enumValue("StreamViewType", viewType, {"OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE"});
    SHARDSCOPE_TRY(reader.status());
    if (*enabled && !viewType)
        return ApiError::validation(std::string(kInvalid) +
                                    (creatingTable ? "Table is being created with a stream enabled, UpdateViewType is required"
                                                   : "If stream is being enabled then UpdateViewType is required"));
    if (!*enabled && viewType)
        return ApiError::validation(
            std::string(kInvalid) + (creatingTable ? "Table is being created with a stream disabled, UpdateViewType should not be specified"
                                                   : "If stream is being disabled, then UpdateViewType must not be specified"));
    return Status::success();
}

Status checkStreamSwitch(const TableSchema& table, bool enable) {
    if (enable && table.streamEnabled())
        return ApiError::validation("Table already has an enabled stream: TableName: " + table.name());
    if (!enable && !table.streamEnabled())
        return ApiError::validation("Table has no stream to disable: TableName: " + table.name());
    return Status::success();
}

Status enableStream(OpContext& ctx, TableSchema& table, const std::string& viewType) {
    SHARDSCOPE_TRY(checkStreamSwitch(table, true));
    auto& engine = ctx.engine;
    Savepoint savepoint(*engine.db);
    SHARDSCOPE_TRY(savepoint.begin());
    StreamStore store(*engine.db);
    StreamRow stream;
    SHARDSCOPE_TRY(createStream(ctx, store, table.description(), engine.tableArn(table.name()), viewType,
                                streams::tablePartitions(table), &stream));
    json updated = table.description();
    describeStream(updated, stream);
    SHARDSCOPE_TRY(engine.catalog->update(table.id(), updated));
    SHARDSCOPE_TRY(savepoint.release());
    table.description() = std::move(updated);
    table.setStreamEnabled(true);
    return Status::success();
}

Status disableStream(OpContext& ctx, TableSchema& table) {
    SHARDSCOPE_TRY(checkStreamSwitch(table, false));
    auto& engine = ctx.engine;
    Savepoint savepoint(*engine.db);
    SHARDSCOPE_TRY(savepoint.begin());
    StreamStore store(*engine.db);
    auto stream = store.enabledStreamOf(table.description().value("TableId", ""));
    if (!stream.ok()) return std::move(stream).error();
    const std::int64_t now = engine.clock->nowMillis();
    if (*stream) {
        ShardManager shards(store, engine.options);
        SHARDSCOPE_TRY(shards.closeAll(**stream, now));
        SHARDSCOPE_TRY(store.setDisabled((*stream)->id, now));
    }
    json updated = table.description();
    updated.erase("StreamSpecification");
    SHARDSCOPE_TRY(engine.catalog->update(table.id(), updated));
    SHARDSCOPE_TRY(savepoint.release());
    table.description() = std::move(updated);
    table.setStreamEnabled(false);
    return Status::success();
}

Status addStreamToNewTable(OpContext& ctx, const json& spec, json& description) {
    if (!spec.value("StreamEnabled", false)) return Status::success();
    auto& engine = ctx.engine;
    Savepoint savepoint(*engine.db);
    SHARDSCOPE_TRY(savepoint.begin());
    StreamStore store(*engine.db);
    StreamRow stream;
    // A new table starts as one partition.
    SHARDSCOPE_TRY(createStream(ctx, store, description, description.value("TableArn", ""),
                                spec.value("StreamViewType", ""), {streams::HashRange{}}, &stream));
    SHARDSCOPE_TRY(savepoint.release());
    describeStream(description, stream);
    return Status::success();
}

Status streamTableDeleted(OpContext& ctx, const TableSchema& table) {
    auto& engine = ctx.engine;
    StreamStore store(*engine.db);
    auto stream = store.enabledStreamOf(table.description().value("TableId", ""));
    if (!stream.ok()) return std::move(stream).error();
    if (!*stream) return Status::success();
    Savepoint savepoint(*engine.db);
    SHARDSCOPE_TRY(savepoint.begin());
    const std::int64_t now = engine.clock->nowMillis();
    ShardManager shards(store, engine.options);
    SHARDSCOPE_TRY(shards.closeAll(**stream, now));
    SHARDSCOPE_TRY(store.setDisabled((*stream)->id, now));
    return savepoint.release();
}

}  // namespace shardscope::engine
