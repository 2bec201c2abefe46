// GetShardIterator and GetRecords.
#include "streams/stream_ops.h"

#include "streams/shard_iterator.h"
#include "streams/stream_lookup.h"
#include "streams/stream_naming.h"
#include "wire/request_reader.h"

#include <algorithm>
#include <climits>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
using streams::ShardIterator;
using streams::ShardRow;
using streams::StreamRow;
using streams::StreamStore;

constexpr std::int64_t kMaxRecords = 1000;
constexpr std::int64_t kMaxResponseBytes = 1024 * 1024;

ApiError shardNotFound() { return ApiError::resourceNotFound("Requested resource not found: Shard does not exist"); }
ApiError trimmed() {
    return ApiError(ErrorCode::TrimmedDataAccess, "The data you are trying to access has been trimmed");
}

Result<ShardRow> findShard(StreamStore& store, const StreamRow& stream, const std::string& shardId) {
    auto shard = store.shardById(stream.id, shardId);
    if (!shard.ok()) return std::move(shard).error();
    if (!*shard) return shardNotFound();
    return std::move(**shard);
}

// The first counter an iterator of `type` reads for `shard`.
Result<std::int64_t> startPosition(const StreamRow& stream, const ShardRow& shard, const std::string& type,
                                   const std::string* sequenceNumber) {
    if (type == "TRIM_HORIZON") return std::max(shard.startingSequence, shard.trimmedThrough + 1);
    if (type == "LATEST") return shard.endingSequence ? *shard.endingSequence + 1 : stream.nextSequence;
    if (!sequenceNumber)
        return ApiError::validation("A SequenceNumber must be specified when ShardIteratorType is " + type);
    if (!streams::isSequenceNumberText(*sequenceNumber))
        return ApiError::validation("Invalid SequenceNumber: " + *sequenceNumber);
    const std::int64_t at = streams::sequenceOrder(*sequenceNumber);
    if (at < shard.startingSequence || (shard.endingSequence && at > *shard.endingSequence))
        return ApiError::validation("Invalid SequenceNumber for the shard: " + *sequenceNumber);
    if (type == "AT_SEQUENCE_NUMBER" || at == INT64_MAX) return at;
    return at + 1;
}

}  // namespace

Result<json> getShardIterator(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* arn = reader.string("StreamArn");
    const std::string* shardId = reader.string("ShardId");
    const std::string* type = reader.string("ShardIteratorType");
    const std::string* sequenceNumber = reader.string("SequenceNumber");
    if (reader.required("StreamArn", arn != nullptr)) reader.lengthBetween("StreamArn", arn, 37, 1024);
    if (reader.required("ShardId", shardId != nullptr)) reader.lengthBetween("ShardId", shardId, 28, 65);
    if (reader.required("ShardIteratorType", type != nullptr))
        reader.enumValue("ShardIteratorType", type, {"TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"});
    reader.lengthBetween("SequenceNumber", sequenceNumber, 21, 40);
    SHARDSCOPE_TRY(reader.status());

    StreamStore store(*ctx.engine.db);
    auto stream = streams::findStream(ctx, store, *arn);
    if (!stream.ok()) return std::move(stream).error();
    auto shard = findShard(store, *stream, *shardId);
    if (!shard.ok()) return std::move(shard).error();
    auto position = startPosition(*stream, *shard, *type, sequenceNumber);
    if (!position.ok()) return std::move(position).error();
    if (*position <= shard->trimmedThrough) return trimmed();

    ShardIterator iterator{stream->arn, stream->id, shard->shardId, *position, ctx.engine.clock->nowMillis()};
    return json{{"ShardIterator", iterator.encode()}};
}

Result<json> getRecords(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* text = reader.string("ShardIterator");
    const auto limit = reader.integer("Limit", "Integer");
    if (reader.required("ShardIterator", text != nullptr)) reader.lengthBetween("ShardIterator", text, 1, 2048);
    reader.minValue("Limit", limit, 1);
    SHARDSCOPE_TRY(reader.status());
    if (limit && *limit > kMaxRecords)
        return ApiError::limitExceeded("Limit should be less than or equal to " + std::to_string(kMaxRecords));

    const auto iterator = ShardIterator::decode(*text);
    if (!iterator) return ApiError::validation("Invalid ShardIterator");
    const std::int64_t now = ctx.engine.clock->nowMillis();
    if (now - iterator->issuedMs > ctx.engine.options.streamIteratorLifetimeSeconds * 1000)
        return ApiError(ErrorCode::ExpiredIterator, "Shard iterator has expired");

    StreamStore store(*ctx.engine.db);
    auto stream = streams::findStream(ctx, store, iterator->streamArn);
    if (!stream.ok()) return std::move(stream).error();
    if (stream->id != iterator->streamId) return ApiError::validation("Invalid ShardIterator");
    auto shard = findShard(store, *stream, iterator->shardId);
    if (!shard.ok()) return std::move(shard).error();
    if (iterator->position <= shard->trimmedThrough) return trimmed();

    std::vector<streams::RecordRow> rows;
    bool more = false;
    SHARDSCOPE_TRY(store.readRecords(shard->rowId, iterator->position,
                                     static_cast<std::size_t>(limit.value_or(kMaxRecords)), kMaxResponseBytes, &rows,
                                     &more));
    json records = json::array();
    for (const auto& row : rows) {
        json record = json::parse(row.json, nullptr, false);
        if (record.is_discarded()) return ApiError::internal("Corrupt stream record in shard " + shard->shardId);
        records.push_back(std::move(record));
    }
    json response = {{"Records", std::move(records)}};
    // A closed shard read to its end has no next position: NextShardIterator
    // is left out (null), which tells readers to move on to the children.
    if (shard->open() || more) {
        ShardIterator next = *iterator;
        next.position = rows.empty() ? iterator->position : rows.back().sequence + 1;
        next.issuedMs = now;
        response["NextShardIterator"] = next.encode();
    }
    return response;
}

}  // namespace shardscope::engine::ops
