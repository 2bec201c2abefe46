// Finding streams for the Streams API operations, brought up to date first.
//
// Every Streams operation reads through here, so what the Clock says has
// happened by now — shard rollovers, trimming, a deleted table's stream going
// DISABLED, expired shards and streams disappearing — has happened before
// anything is described or read (ShardManager::maintainIfDue()).
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "engine_impl.h"
#include "streams/stream_store.h"

#include <optional>
#include <string>

namespace shardscope::engine::streams {

// The open table a stream belongs to, or null when it was deleted.
TableSchema* owningTable(OpContext& ctx, const StreamRow& stream);

// Brings `stream` up to date; nullopt when it has expired (and is gone).
Result<std::optional<StreamRow>> refreshStream(OpContext& ctx, StreamStore& store, StreamRow stream);

// The up-to-date stream with `arn`; ResourceNotFoundException
// ("Requested resource not found: Stream: <arn> not found") when there is none.
Result<StreamRow> findStream(OpContext& ctx, StreamStore& store, const std::string& arn);

}  // namespace shardscope::engine::streams
