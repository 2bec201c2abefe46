#include "streams/shard_manager.h"

#include "streams/stream_naming.h"

#include <algorithm>

namespace shardscope::engine::streams {
namespace {

constexpr std::int64_t kMaintenanceIntervalMs = 1000;

HashRange rangeOf(const ShardRow& shard) { return {shard.hashLow, shard.hashHigh}; }

}  // namespace

Result<ShardRow> ShardManager::openShard(StreamRow& stream, const HashRange& range, std::optional<std::string> parent,
                                         std::int64_t nowMs) {
    ShardRow shard;
    shard.streamId = stream.id;
    shard.shardId = newShardId(nowMs);
    shard.parentShardId = std::move(parent);
    shard.hashLow = range.low;
    shard.hashHigh = range.highExclusive;
    shard.createdMs = nowMs;
    shard.startingSequence = stream.nextSequence;
    auto id = m_store.insertShard(shard);
    if (!id.ok()) return std::move(id).error();
    shard.rowId = *id;
    return shard;
}

Status ShardManager::openShards(StreamRow& stream, const std::vector<HashRange>& partitions, std::int64_t nowMs) {
    for (const auto& range : partitions) {
        auto shard = openShard(stream, range, std::nullopt, nowMs);
        if (!shard.ok()) return std::move(shard).error();
    }
    return Status::success();
}

Status ShardManager::close(StreamRow& stream, const ShardRow& shard, std::int64_t nowMs) {
    // An empty shard ends where it starts; the next shard then starts after
    // it, so sequence ranges of a parent and its child never overlap.
    const std::int64_t ending = shard.lastSequence.value_or(shard.startingSequence);
    if (stream.nextSequence <= ending) {
        stream.nextSequence = ending + 1;
        SHARDSCOPE_TRY(m_store.setNextSequence(stream.id, stream.nextSequence));
    }
    return m_store.closeShard(shard.rowId, ending, nowMs);
}

Result<ShardRow> ShardManager::rollOver(StreamRow& stream, const ShardRow& shard, const HashRange& range,
                                        std::int64_t nowMs) {
    SHARDSCOPE_TRY(close(stream, shard, nowMs));
    return openShard(stream, range, shard.shardId, nowMs);
}

bool ShardManager::rolloverDue(const ShardRow& shard, std::int64_t nowMs) const {
    if (m_options.streamShardMaxRecords > 0 && shard.recordCount >= m_options.streamShardMaxRecords) return true;
    return m_options.streamShardRolloverSeconds > 0 &&
           nowMs - shard.createdMs >= m_options.streamShardRolloverSeconds * 1000;
}

Result<ShardRow> ShardManager::shardForWrite(StreamRow& stream, std::int64_t hash,
                                             const std::vector<HashRange>& partitions, std::int64_t nowMs) {
    auto shard = m_store.openShardFor(stream.id, hash);
    if (!shard.ok()) return std::move(shard).error();
    if (!*shard) {
        SHARDSCOPE_TRY(reconcile(stream, partitions, nowMs));
        shard = m_store.openShardFor(stream.id, hash);
        if (!shard.ok()) return std::move(shard).error();
        if (!*shard) return ApiError::internal("No open stream shard covers the item's partition");
    }
    if (rolloverDue(**shard, nowMs)) return rollOver(stream, **shard, rangeOf(**shard), nowMs);
    return std::move(**shard);
}

Status ShardManager::closeAll(StreamRow& stream, std::int64_t nowMs) {
    auto shards = m_store.shardsOf(stream.id);
    if (!shards.ok()) return std::move(shards).error();
    for (const auto& shard : *shards)
        if (shard.open()) SHARDSCOPE_TRY(close(stream, shard, nowMs));
    return Status::success();
}

Status ShardManager::reconcile(StreamRow& stream, const std::vector<HashRange>& partitions, std::int64_t nowMs) {
    if (partitions.empty()) return Status::success();
    auto shards = m_store.shardsOf(stream.id);
    if (!shards.ok()) return std::move(shards).error();
    std::vector<ShardRow> open;
    for (auto& shard : *shards)
        if (shard.open()) open.push_back(std::move(shard));
    std::vector<HashRange> current;
    for (const auto& shard : open) current.push_back(rangeOf(shard));
    std::sort(current.begin(), current.end(), [](const HashRange& a, const HashRange& b) { return a.low < b.low; });
    if (current == partitions) return Status::success();
    // The layout changed: each new partition's shard is a child of the open
    // shard that covered the start of its range (a split has one parent for
    // two children, as DynamoDB shows it), and the old shards close.
    std::vector<std::pair<HashRange, std::optional<std::string>>> children;
    for (const auto& range : partitions) {
        std::optional<std::string> parent;
        for (const auto& shard : open)
            if (rangeOf(shard).contains(range.low)) parent = shard.shardId;
        children.emplace_back(range, std::move(parent));
    }
    for (const auto& shard : open) SHARDSCOPE_TRY(close(stream, shard, nowMs));
    for (auto& [range, parent] : children) {
        auto child = openShard(stream, range, std::move(parent), nowMs);
        if (!child.ok()) return std::move(child).error();
    }
    return Status::success();
}

Result<bool> ShardManager::maintain(StreamRow& stream, const std::vector<HashRange>& partitions, bool tableExists,
                                    std::int64_t nowMs) {
    const std::int64_t horizon = nowMs - m_options.streamRetentionSeconds * 1000;
    if (stream.disabledMs && *stream.disabledMs < horizon) {
        SHARDSCOPE_TRY(m_store.deleteStream(stream.id));
        return false;
    }
    if (stream.enabled() && !tableExists) {
        // The table was deleted: its stream goes DISABLED and stays readable.
        SHARDSCOPE_TRY(closeAll(stream, nowMs));
        stream.disabledMs = nowMs;
        SHARDSCOPE_TRY(m_store.setDisabled(stream.id, nowMs));
    }
    auto shards = m_store.shardsOf(stream.id);
    if (!shards.ok()) return std::move(shards).error();
    for (const auto& shard : *shards) {
        if (shard.closedMs && *shard.closedMs < horizon) {
            SHARDSCOPE_TRY(m_store.deleteShard(shard.rowId));
            continue;
        }
        SHARDSCOPE_TRY(m_store.trimShard(shard.rowId, horizon));
        if (shard.open() && stream.enabled() && rolloverDue(shard, nowMs)) {
            auto child = rollOver(stream, shard, rangeOf(shard), nowMs);
            if (!child.ok()) return std::move(child).error();
        }
    }
    if (stream.enabled() && tableExists) SHARDSCOPE_TRY(reconcile(stream, partitions, nowMs));
    stream.maintainedMs = nowMs;
    SHARDSCOPE_TRY(m_store.setMaintained(stream.id, nowMs));
    return true;
}

bool ShardManager::maintenanceDue(const StreamRow& stream, std::int64_t nowMs) {
    return nowMs < stream.maintainedMs || nowMs - stream.maintainedMs >= kMaintenanceIntervalMs;
}

Result<bool> ShardManager::maintainIfDue(StreamRow& stream, const std::vector<HashRange>& partitions,
                                         bool tableExists, std::int64_t nowMs) {
    if (!maintenanceDue(stream, nowMs)) return true;
    return maintain(stream, partitions, tableExists, nowMs);
}

}  // namespace shardscope::engine::streams
