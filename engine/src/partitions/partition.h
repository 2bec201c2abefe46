// Partition: one hash range of a table or GSI and what it has served.
//
// A partition owns the partition-key hashes from `low` (storage form, see
// key_codec.h) up to the next partition's low. It keeps its share of the
// data (item count, bytes), the units it served and refused, the hard
// per-partition limits DynamoDB enforces whatever the table's capacity
// (3,000 RCU / 1,000 WCU by default) as token buckets, and the consumption of
// the current clock second, which drives split-for-heat.
//
// Thread-safety: none; owned by a PartitionMap under the engine's lock.
#pragma once

#include "capacity/token_bucket.h"

#include <cstdint>

namespace shardscope::engine::partitions {

struct Partition {
    std::int64_t low = INT64_MIN;  // storage hash, inclusive

    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
    double consumedRead = 0;
    double consumedWrite = 0;
    std::int64_t readThrottles = 0;
    std::int64_t writeThrottles = 0;

    TokenBucket readLimit;
    TokenBucket writeLimit;

    // Heat: units of the clock second `second`, the totals of the last
    // second that saw traffic, and how many seconds in a row were hot.
    std::int64_t second = 0;
    double secondRead = 0;
    double secondWrite = 0;
    double lastRead = 0;
    double lastWrite = 0;
    int hotSeconds = 0;
    // The partition-key hash that carried most of this second's units
    // (Boyer-Moore majority vote): the key split-for-heat isolates.
    std::int64_t candidateHash = 0;
    double candidateWeight = 0;
    std::int64_t hotKeyHash = 0;      // the candidate of the last hot second
    double hotKeyShare = 0;           // its share of that second's units (lower bound)

    bool splitRequested = false;
    // A size split found nothing to cut (one partition-key value holds it
    // all): not tried again before the partition grows past this size.
    std::int64_t sizeSplitRetryBytes = 0;
};

}  // namespace shardscope::engine::partitions
