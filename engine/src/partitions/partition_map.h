// PartitionMap: the partitions of one table or GSI, in hash order.
//
// DynamoDB places every item by a hash of its partition key and gives each
// partition a range of that hash space. The map starts with as many
// partitions as the provisioned throughput needs (the service's historical
// formula: RCU / 3,000 + WCU / 1,000, rounded up) and grows by splitting:
// when a partition holds more than the size limit, when it runs hot for a
// sustained number of seconds (split for heat: isolating the key that
// carries most of its traffic, down to a partition of a single key), and
// when provisioned throughput rises. Partitions never merge.
//
// Finding a key's partition is a binary search over the ranges' low ends;
// recording consumption and item deltas is O(1). Splits are requested on
// the hot path (Partition::splitRequested) and carried out afterwards by the
// owner, which can count the halves' items in storage.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "partitions/partition.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace shardscope::engine::partitions {

struct PartitionLimits {
    double maxReadUnits = 3000;   // per second, per partition
    double maxWriteUnits = 1000;
    std::int64_t maxBytes = 10LL * 1024 * 1024 * 1024;
    double heatFraction = 0.8;    // of a limit, for a second to count as hot
    int heatSeconds = 10;         // hot seconds in a row before a split for heat
};

class PartitionMap {
public:
    PartitionMap(const PartitionLimits& limits, int initialCount, std::int64_t nowMillis);

    std::size_t size() const { return m_partitions.size(); }
    Partition& at(std::size_t i) { return m_partitions[i]; }
    const Partition& at(std::size_t i) const { return m_partitions[i]; }
    // The last storage hash partition `i` owns.
    std::int64_t highInclusive(std::size_t i) const;
    // The partition owning storage hash `hash`.
    std::size_t find(std::int64_t hash) const;
    const PartitionLimits& limits() const { return m_limits; }
    void setLimits(const PartitionLimits& limits, std::int64_t nowMillis);

    // Whether partition `i` can take a read / write now (its hard limit).
    bool admitRead(std::size_t i, std::int64_t nowMillis) { return m_partitions[i].readLimit.admit(nowMillis); }
    bool admitWrite(std::size_t i, std::int64_t nowMillis) { return m_partitions[i].writeLimit.admit(nowMillis); }
    // Units served by partition `i` for the key with hash `keyHash`.
    void consume(std::size_t i, std::int64_t keyHash, double readUnits, double writeUnits, std::int64_t nowMillis);
    // A committed change of items and bytes in partition `i`.
    void addItems(std::size_t i, std::int64_t items, std::int64_t bytes);

    // Partitions with a pending split request.
    bool splitPending() const { return m_splitPending; }
    // Where a pending split of partition `i` should cut for heat: the hash
    // ranges to create (the low ends after `at(i).low`). Empty when the
    // partition cannot split (a single key).
    std::vector<std::int64_t> heatSplitPoints(std::size_t i) const;
    // Splits partition `i` at the given low ends (ascending, inside its
    // range). The new partitions start with zero items: the owner fills in
    // the counts (the old partition keeps what the owner leaves it).
    void split(std::size_t i, const std::vector<std::int64_t>& lows, std::int64_t nowMillis);
    // Splits the widest partitions at their midpoints until there are `count`.
    void ensureCount(std::size_t count, std::int64_t nowMillis);
    void clearSplitRequests();

private:
    Partition makePartition(std::int64_t low, std::int64_t nowMillis) const;
    std::int64_t midpoint(std::size_t i) const;  // INT64_MIN when `i` is a single hash
    void rollSecond(Partition& p, std::int64_t second);

    PartitionLimits m_limits;
    std::vector<Partition> m_partitions;
    bool m_splitPending = false;
};

}  // namespace shardscope::engine::partitions
