// ListStreams and DescribeStream.
#include "streams/stream_ops.h"

#include "streams/stream_lookup.h"
#include "streams/stream_naming.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
using streams::ShardRow;
using streams::StreamRow;
using streams::StreamStore;

constexpr std::int64_t kMaxLimit = 100;

json describeShard(const ShardRow& shard) {
    json range = {{"StartingSequenceNumber", streams::formatSequenceNumber(shard.startingSequence)}};
    if (shard.endingSequence) range["EndingSequenceNumber"] = streams::formatSequenceNumber(*shard.endingSequence);
    json out = {{"ShardId", shard.shardId}, {"SequenceNumberRange", std::move(range)}};
    if (shard.parentShardId) out["ParentShardId"] = *shard.parentShardId;
    return out;
}

}  // namespace

Result<json> listStreams(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* tableName = reader.string("TableName");
    const auto limit = reader.integer("Limit", "Integer");
    const std::string* start = reader.string("ExclusiveStartStreamArn");
    reader.tableName("TableName", tableName, false);
    reader.minValue("Limit", limit, 1);
    reader.maxValue("Limit", limit, kMaxLimit);
    reader.lengthBetween("ExclusiveStartStreamArn", start, 37, 1024);
    SHARDSCOPE_TRY(reader.status());

    StreamStore store(*ctx.engine.db);
    auto all = store.allStreams();
    if (!all.ok()) return std::move(all).error();
    const std::size_t max = static_cast<std::size_t>(limit.value_or(kMaxLimit));
    json list = json::array();
    bool more = false;
    for (auto& row : *all) {
        if (tableName && row.tableName != *tableName) continue;
        if (start && row.arn <= *start) continue;
        auto fresh = streams::refreshStream(ctx, store, std::move(row));
        if (!fresh.ok()) return std::move(fresh).error();
        if (!*fresh) continue;  // expired
        if (list.size() == max) {
            more = true;
            break;
        }
        list.push_back({{"StreamArn", (*fresh)->arn}, {"TableName", (*fresh)->tableName}, {"StreamLabel", (*fresh)->label}});
    }
    json response = {{"Streams", std::move(list)}};
    if (more) response["LastEvaluatedStreamArn"] = response["Streams"].back()["StreamArn"];
    return response;
}

Result<json> describeStream(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* arn = reader.string("StreamArn");
    const auto limit = reader.integer("Limit", "Integer");
    const std::string* start = reader.string("ExclusiveStartShardId");
    if (reader.required("StreamArn", arn != nullptr)) reader.lengthBetween("StreamArn", arn, 37, 1024);
    reader.minValue("Limit", limit, 1);
    reader.maxValue("Limit", limit, kMaxLimit);
    reader.lengthBetween("ExclusiveStartShardId", start, 28, 65);
    SHARDSCOPE_TRY(reader.status());

    StreamStore store(*ctx.engine.db);
    auto stream = streams::findStream(ctx, store, *arn);
    if (!stream.ok()) return std::move(stream).error();
    auto shards = store.shardsOf(stream->id);
    if (!shards.ok()) return std::move(shards).error();

    std::size_t from = 0;
    if (start) {
        from = shards->size();  // an unknown start shard lists nothing
        for (std::size_t i = 0; i < shards->size(); ++i)
            if ((*shards)[i].shardId == *start) from = i + 1;
    }
    const std::size_t max = static_cast<std::size_t>(limit.value_or(kMaxLimit));
    json list = json::array();
    std::size_t i = from;
    for (; i < shards->size() && list.size() < max; ++i) list.push_back(describeShard((*shards)[i]));

    json keySchema = json::parse(stream->keySchema, nullptr, false);
    json description = {
        {"StreamArn", stream->arn},
        {"StreamLabel", stream->label},
        {"StreamStatus", stream->enabled() ? "ENABLED" : "DISABLED"},
        {"StreamViewType", stream->viewType},
        {"CreationRequestDateTime", static_cast<double>(stream->createdMs) / 1000.0},
        {"TableName", stream->tableName},
        {"KeySchema", keySchema.is_discarded() ? json::array() : std::move(keySchema)},
        {"Shards", std::move(list)},
    };
    if (i < shards->size() && !description["Shards"].empty())
        description["LastEvaluatedShardId"] = description["Shards"].back()["ShardId"];
    return json{{"StreamDescription", std::move(description)}};
}

}  // namespace shardscope::engine::ops
