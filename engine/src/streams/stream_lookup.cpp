#include "streams/stream_lookup.h"

#include "streams/shard_manager.h"

namespace shardscope::engine::streams {

TableSchema* owningTable(OpContext& ctx, const StreamRow& stream) {
    TableSchema* table = ctx.engine.findTable(stream.tableName);
    if (!table || table->description().value("TableId", "") != stream.tableUuid) return nullptr;
    return table;
}

Result<std::optional<StreamRow>> refreshStream(OpContext& ctx, StreamStore& store, StreamRow stream) {
    const std::int64_t now = ctx.engine.clock->nowMillis();
    if (!ShardManager::maintenanceDue(stream, now)) return std::optional<StreamRow>(std::move(stream));
    const TableSchema* table = owningTable(ctx, stream);
    const auto partitions = table ? tablePartitions(*table) : std::vector<HashRange>{};
    ShardManager shards(store, ctx.engine.options);
    // Maintenance writes; keep it atomic like any other change.
    storage::Transaction tx(*ctx.engine.db);
    SHARDSCOPE_TRY(tx.begin());
    auto alive = shards.maintain(stream, partitions, table != nullptr, now);
    if (!alive.ok()) return std::move(alive).error();
    SHARDSCOPE_TRY(tx.commit());
    if (!*alive) return std::optional<StreamRow>{};
    return std::optional<StreamRow>(std::move(stream));
}

Result<StreamRow> findStream(OpContext& ctx, StreamStore& store, const std::string& arn) {
    auto found = store.streamByArn(arn);
    if (!found.ok()) return std::move(found).error();
    if (*found) {
        auto fresh = refreshStream(ctx, store, std::move(**found));
        if (!fresh.ok()) return std::move(fresh).error();
        if (*fresh) return std::move(**fresh);
    }
    return ApiError::resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
}

}  // namespace shardscope::engine::streams
