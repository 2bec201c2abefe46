#include "partitions/partition_map.h"

#include <algorithm>

namespace shardscope::engine::partitions {
namespace {

// Hash arithmetic in the unsigned domain, where ranges do not wrap.
std::uint64_t toUnsigned(std::int64_t v) { return static_cast<std::uint64_t>(v) ^ 0x8000'0000'0000'0000ULL; }
std::int64_t toSigned(std::uint64_t v) { return static_cast<std::int64_t>(v ^ 0x8000'0000'0000'0000ULL); }

// The hard per-partition limits allow one second's worth at once: no burst
// beyond the partition's own ceiling.
constexpr double kPartitionBurstSeconds = 1.0;

}  // namespace

PartitionMap::PartitionMap(const PartitionLimits& limits, int initialCount, std::int64_t nowMillis) : m_limits(limits) {
    m_partitions.push_back(makePartition(INT64_MIN, nowMillis));
    ensureCount(static_cast<std::size_t>(std::max(1, initialCount)), nowMillis);
}

Partition PartitionMap::makePartition(std::int64_t low, std::int64_t nowMillis) const {
    Partition p;
    p.low = low;
    p.readLimit = TokenBucket(m_limits.maxReadUnits, nowMillis, kPartitionBurstSeconds);
    p.writeLimit = TokenBucket(m_limits.maxWriteUnits, nowMillis, kPartitionBurstSeconds);
    return p;
}

void PartitionMap::setLimits(const PartitionLimits& limits, std::int64_t nowMillis) {
    m_limits = limits;
    for (auto& p : m_partitions) {
        p.readLimit.setRate(limits.maxReadUnits, nowMillis);
        p.writeLimit.setRate(limits.maxWriteUnits, nowMillis);
    }
}

std::int64_t PartitionMap::highInclusive(std::size_t i) const {
    return i + 1 < m_partitions.size() ? m_partitions[i + 1].low - 1 : INT64_MAX;
}

std::size_t PartitionMap::find(std::int64_t hash) const {
    if (m_partitions.size() == 1) return 0;
    auto it = std::upper_bound(m_partitions.begin(), m_partitions.end(), hash,
                               [](std::int64_t h, const Partition& p) { return h < p.low; });
    return static_cast<std::size_t>(it - m_partitions.begin()) - 1;
}

void PartitionMap::rollSecond(Partition& p, std::int64_t second) {
    const bool consecutive = second == p.second + 1;
    p.lastRead = p.secondRead;
    p.lastWrite = p.secondWrite;
    const bool hot = p.lastRead > m_limits.heatFraction * m_limits.maxReadUnits ||
                     p.lastWrite > m_limits.heatFraction * m_limits.maxWriteUnits;
    if (hot) {
        p.hotSeconds = consecutive || p.hotSeconds == 0 ? p.hotSeconds + 1 : 1;
        const double total = p.secondRead + 3 * p.secondWrite;
        p.hotKeyHash = p.candidateHash;
        p.hotKeyShare = total > 0 ? p.candidateWeight / total : 0;
        if (p.hotSeconds >= m_limits.heatSeconds) {
            p.splitRequested = true;
            m_splitPending = true;
        }
    } else {
        p.hotSeconds = 0;
    }
    p.second = second;
    p.secondRead = 0;
    p.secondWrite = 0;
    p.candidateWeight = 0;
}

void PartitionMap::consume(std::size_t i, std::int64_t keyHash, double readUnits, double writeUnits,
                           std::int64_t nowMillis) {
    Partition& p = m_partitions[i];
    const std::int64_t second = nowMillis / 1000;
    if (second != p.second) rollSecond(p, second);
    p.consumedRead += readUnits;
    p.consumedWrite += writeUnits;
    p.secondRead += readUnits;
    p.secondWrite += writeUnits;
    p.readLimit.consume(readUnits, nowMillis);
    p.writeLimit.consume(writeUnits, nowMillis);
    // Writes weigh three times a read, as Contributor Insights counts them.
    const double weight = readUnits + 3 * writeUnits;
    if (p.candidateWeight <= 0 || p.candidateHash == keyHash) {
        if (p.candidateHash != keyHash) p.candidateWeight = 0;
        p.candidateHash = keyHash;
        p.candidateWeight += weight;
    } else {
        p.candidateWeight -= weight;
        if (p.candidateWeight < 0) {
            p.candidateHash = keyHash;
            p.candidateWeight = -p.candidateWeight;
        }
    }
}

void PartitionMap::addItems(std::size_t i, std::int64_t items, std::int64_t bytes) {
    Partition& p = m_partitions[i];
    p.itemCount += items;
    p.sizeBytes += bytes;
    if (bytes > 0 && p.sizeBytes > m_limits.maxBytes && p.sizeBytes >= p.sizeSplitRetryBytes && !p.splitRequested) {
        p.splitRequested = true;
        m_splitPending = true;
    }
}

std::int64_t PartitionMap::midpoint(std::size_t i) const {
    const std::uint64_t lo = toUnsigned(m_partitions[i].low);
    const std::uint64_t hi = toUnsigned(highInclusive(i));
    if (hi <= lo) return INT64_MIN;
    return toSigned(lo + (hi - lo) / 2 + 1);
}

std::vector<std::int64_t> PartitionMap::heatSplitPoints(std::size_t i) const {
    const Partition& p = m_partitions[i];
    const std::int64_t high = highInclusive(i);
    if (p.low == high) return {};  // a single key: split for heat cannot go further
    if (p.hotKeyShare >= 0.5 && p.hotKeyHash >= p.low && p.hotKeyHash <= high) {
        // Isolate the hot key: [low, h) [h, h] (h, high].
        std::vector<std::int64_t> lows;
        if (p.hotKeyHash > p.low) lows.push_back(p.hotKeyHash);
        if (p.hotKeyHash < high) lows.push_back(p.hotKeyHash + 1);
        return lows;
    }
    return {midpoint(i)};
}

void PartitionMap::split(std::size_t i, const std::vector<std::int64_t>& lows, std::int64_t nowMillis) {
    std::vector<Partition> added;
    for (std::int64_t low : lows)
        if (low > m_partitions[i].low && low <= highInclusive(i)) added.push_back(makePartition(low, nowMillis));
    Partition& old = m_partitions[i];
    old.splitRequested = false;
    old.sizeSplitRetryBytes = 0;
    old.hotSeconds = 0;
    // The halves share the old partition's bank of the hard limit.
    m_partitions.insert(m_partitions.begin() + static_cast<std::ptrdiff_t>(i) + 1, added.begin(), added.end());
}

void PartitionMap::ensureCount(std::size_t count, std::int64_t nowMillis) {
    while (m_partitions.size() < count) {
        std::size_t widest = 0;
        std::uint64_t widestSpan = 0;
        for (std::size_t i = 0; i < m_partitions.size(); ++i) {
            const std::uint64_t span = toUnsigned(highInclusive(i)) - toUnsigned(m_partitions[i].low);
            if (span > widestSpan) {
                widestSpan = span;
                widest = i;
            }
        }
        if (widestSpan == 0) return;
        split(widest, {midpoint(widest)}, nowMillis);
    }
}

void PartitionMap::clearSplitRequests() {
    for (auto& p : m_partitions) p.splitRequested = false;
    m_splitPending = false;
}

}  // namespace shardscope::engine::partitions
