// Key encoding whose byte order is DynamoDB's sort order.
//
// encodeKeyValue() maps an S, N or B key value to bytes such that memcmp order
// equals DynamoDB's ordering for that type: S by UTF-8 bytes, B by unsigned
// bytes (both stored raw), N numerically (sign byte, biased exponent, digits,
// complemented for negatives). SQLite compares BLOBs with memcmp, so Query
// ranges become plain BLOB range scans. Values of different types never share
// a column (the key schema fixes the type), so no type tag is stored.
//
// partitionHash() is the stable 64-bit hash that places a partition key in the
// table's hash space (Scan order, parallel-scan segments and partitions).
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace shardscope::engine {

// Precondition: value is S, N (canonical) or B.
std::string encodeKeyValue(const AttributeValue& value);
// Inverse of encodeKeyValue for a value of `type`.
Result<AttributeValue> decodeKeyValue(AttributeType type, std::string_view bytes);

std::uint64_t partitionHash(std::string_view encodedPartitionKey);
// The hash as SQLite stores it: a signed integer whose order is the unsigned order.
inline std::int64_t hashToStorage(std::uint64_t hash) {
    return static_cast<std::int64_t>(hash ^ 0x8000'0000'0000'0000ULL);
}
inline std::uint64_t hashFromStorage(std::int64_t stored) {
    return static_cast<std::uint64_t>(stored) ^ 0x8000'0000'0000'0000ULL;
}

}  // namespace shardscope::engine
