// Item size exactly as DynamoDB counts it for the 400 KB limit and capacity.
//
// Size = Σ over attributes of (UTF-8 bytes of the name + size of the value):
// S UTF-8 bytes, B raw bytes, N per Decimal::storageSize, BOOL and NULL 1,
// L and M 3 bytes plus 1 per element (map entries add their key bytes), sets
// the sum of their members.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"

#include <cstddef>
#include <string_view>

namespace shardscope::engine {

inline constexpr std::size_t kMaxItemSize = 409'600;

std::size_t attributeValueSize(const AttributeValue& value);
std::size_t itemSize(const Item& item);
// How many maps and lists nest inside each other at the deepest point (a
// top-level M or L counts 1). DynamoDB allows 32 (kMaxNestingDepth).
int documentDepth(const Item& item);

// Size of a number given its canonical text, without building a Decimal.
std::size_t numberSize(std::string_view canonical);

}  // namespace shardscope::engine
