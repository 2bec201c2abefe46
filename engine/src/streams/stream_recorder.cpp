#include "streams/stream_recorder.h"

#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"
#include "streams/shard_manager.h"
#include "streams/stream_naming.h"

#include <cmath>

namespace shardscope::engine::streams {
namespace {

using nlohmann::json;

const char* eventName(const Item* before, const Item* after) {
    if (!before) return "INSERT";
    if (!after) return "REMOVE";
    return "MODIFY";
}

}  // namespace

Status recordChange(OpContext& ctx, const TableSchema& table, const storage::StoredKey& key, const Item* before,
                    const Item* after, ChangeOrigin origin) {
    if (!before && !after) return Status::success();
    if (before && after && *before == *after) return Status::success();  // nothing changed

    auto& engine = ctx.engine;
    StreamStore store(*engine.db);
    const std::string tableUuid = table.description().value("TableId", "");
    auto stream = store.enabledStreamOf(tableUuid);
    if (!stream.ok()) return std::move(stream).error();
    if (!*stream) return Status::success();  // flag and catalog disagree: nothing to write to

    const std::int64_t now = engine.clock->nowMillis();
    const auto partitions = tablePartitions(table);
    ShardManager shards(store, engine.options);
    auto maintained = shards.maintainIfDue(**stream, partitions, true, now);
    if (!maintained.ok()) return std::move(maintained).error();
    auto shard = shards.shardForWrite(**stream, key.hash, partitions, now);
    if (!shard.ok()) return std::move(shard).error();

    const std::string& viewType = (*stream)->viewType;
    const Item keys = table.keyAttributes(after ? *after : *before);
    std::size_t size = itemSize(keys);
    json dynamodb = json::object();
    dynamodb["ApproximateCreationDateTime"] = std::floor(static_cast<double>(now) / 1000.0);
    dynamodb["Keys"] = toJson(keys);
    if (after && (viewType == "NEW_IMAGE" || viewType == "NEW_AND_OLD_IMAGES")) {
        dynamodb["NewImage"] = toJson(*after);
        size += itemSize(*after);
    }
    if (before && (viewType == "OLD_IMAGE" || viewType == "NEW_AND_OLD_IMAGES")) {
        dynamodb["OldImage"] = toJson(*before);
        size += itemSize(*before);
    }
    const std::int64_t sequence = (*stream)->nextSequence;
    dynamodb["SequenceNumber"] = formatSequenceNumber(sequence);
    dynamodb["SizeBytes"] = std::max<std::size_t>(size, 1);
    dynamodb["StreamViewType"] = viewType;

    json record = {{"eventID", newEventId()},
                   {"eventName", eventName(before, after)},
                   {"eventVersion", "1.1"},
                   {"eventSource", "aws:dynamodb"},
                   {"awsRegion", engine.options.region},
                   {"dynamodb", std::move(dynamodb)}};
    // The service model names the Identity members PrincipalId and Type
    // (Lambda events show them lower-case); SDKs parse the model's names.
    if (origin == ChangeOrigin::TimeToLive)
        record["userIdentity"] = {{"PrincipalId", "dynamodb.amazonaws.com"}, {"Type", "Service"}};

    (*stream)->nextSequence = sequence + 1;
    SHARDSCOPE_TRY(store.setNextSequence((*stream)->id, sequence + 1));
    const std::string text = record.dump(-1, ' ', false, json::error_handler_t::replace);
    return store.appendRecord(shard->rowId, sequence, now, static_cast<std::int64_t>(std::max<std::size_t>(size, 1)),
                              text);
}

}  // namespace shardscope::engine::streams
