// ShardManager: the life of a stream's shards.
//
// A stream has one open shard per table partition (hash range). A shard
// closes — it gets an EndingSequenceNumber and hands over to a child shard
// whose ParentShardId names it — after the configured age or record count
// (EngineOptions::streamShardRollover*), when the table's partitions change,
// and when the stream is disabled. Records older than the retention period
// are trimmed (positions before the trim point are gone); closed shards and
// disabled streams disappear once they are older than the retention period.
//
// All of it is evaluated against the engine's Clock and is lazy: the write
// path rolls a shard over when it writes to it, and maintain() (run by the
// Streams operations and at most once per clock second per stream by the
// write path) trims, rolls idle shards over and forgets what has expired.
// Every change goes through StreamStore in the caller's SQLite transaction.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "streams/stream_store.h"
#include "streams/table_partitions.h"

#include "shardscope/engine/engine.h"

#include <vector>

namespace shardscope::engine::streams {

class ShardManager {
public:
    ShardManager(StreamStore& store, const EngineOptions& options) : m_store(store), m_options(options) {}

    // Opens the first shards of a new stream, one per partition.
    Status openShards(StreamRow& stream, const std::vector<HashRange>& partitions, std::int64_t nowMs);

    // The open shard a record for partition-key hash `hash` goes to, rolling
    // it over first when it is due. `partitions` is the table's current
    // layout, used when no open shard covers `hash` (the layout changed).
    Result<ShardRow> shardForWrite(StreamRow& stream, std::int64_t hash, const std::vector<HashRange>& partitions,
                                   std::int64_t nowMs);

    // Closes every open shard (the stream is being disabled).
    Status closeAll(StreamRow& stream, std::int64_t nowMs);

    // Trims expired records, rolls over due shards, re-shards when
    // `partitions` (the table's layout; empty when the table is gone)
    // differs from the open shards, disables the stream of a deleted table
    // and forgets expired shards. Returns false when the stream itself has
    // expired and was removed.
    Result<bool> maintain(StreamRow& stream, const std::vector<HashRange>& partitions, bool tableExists,
                          std::int64_t nowMs);
    // Whether maintain() has not run for a clock second (or the clock went back).
    static bool maintenanceDue(const StreamRow& stream, std::int64_t nowMs);
    // maintain() when maintenanceDue().
    Result<bool> maintainIfDue(StreamRow& stream, const std::vector<HashRange>& partitions, bool tableExists,
                               std::int64_t nowMs);

private:
    bool rolloverDue(const ShardRow& shard, std::int64_t nowMs) const;
    // Closes `shard` and opens its child for `range` (the same range unless re-sharding).
    Result<ShardRow> rollOver(StreamRow& stream, const ShardRow& shard, const HashRange& range, std::int64_t nowMs);
    Status close(StreamRow& stream, const ShardRow& shard, std::int64_t nowMs);
    Result<ShardRow> openShard(StreamRow& stream, const HashRange& range, std::optional<std::string> parent,
                               std::int64_t nowMs);
    // Re-shards when the open shards' ranges differ from `partitions`.
    Status reconcile(StreamRow& stream, const std::vector<HashRange>& partitions, std::int64_t nowMs);

    StreamStore& m_store;
    const EngineOptions& m_options;
};

}  // namespace shardscope::engine::streams
