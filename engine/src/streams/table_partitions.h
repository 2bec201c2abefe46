// The partitions of a table as hash ranges, for the parts that work per
// partition: one open stream shard per partition, and the TTL sweeper, which
// walks a table partition by partition.
//
// The ranges come from the table's partition model (partitions/,
// TableSchema::monitor): when a partition splits, the stream's shards
// re-shard on their next maintenance.
//
// Thread-safety: pure functions; call under the engine's lock.
#pragma once

#include "ops/table_schema.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace shardscope::engine::streams {

// A range of stored partition-key hashes (storage form, see key_codec.h).
struct HashRange {
    std::int64_t low = INT64_MIN;                   // inclusive
    std::optional<std::int64_t> highExclusive;      // absent: to the end

    bool contains(std::int64_t hash) const { return hash >= low && (!highExclusive || hash < *highExclusive); }
    friend bool operator==(const HashRange&, const HashRange&) = default;
};

// The table's partitions in hash order; never empty, together they cover the
// whole hash space.
std::vector<HashRange> tablePartitions(const TableSchema& table);

}  // namespace shardscope::engine::streams
