// What storage holds in one hash range of a table or GSI: the counts a new
// or split partition starts from, and the median hash a size split cuts at.
// Runs only when partitions are built or split, never per request.
//
// Thread-safety: under the engine's lock (the database is not shared).
#pragma once

#include "shardscope/engine/result.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace shardscope::engine::partitions {

struct RangeUsage {
    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
};

// Items (or, with `indexName`, index entries, each with the service's
// 100-byte overhead) of table `tableId` whose storage hash is in [low, high].
Result<RangeUsage> rangeUsage(storage::Database& db, std::int64_t tableId, const std::string* indexName,
                              std::int64_t low, std::int64_t high);

// Where a size split of [low, high] (`itemCount` items) cuts: the storage
// hash of the middle item, or the next hash above it when the middle item
// shares the range's first hash; nullopt when the range holds a single
// partition-key hash (items of one key value stay together).
Result<std::optional<std::int64_t>> medianHash(storage::Database& db, std::int64_t tableId,
                                               const std::string* indexName, std::int64_t low, std::int64_t high,
                                               std::int64_t itemCount);

}  // namespace shardscope::engine::partitions
