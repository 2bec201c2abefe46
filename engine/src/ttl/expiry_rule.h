// DynamoDB's rule for when an item has expired under TTL.
//
// An item is expired when its TTL attribute is a top-level Number holding
// epoch seconds that lie before now — but not more than five years before
// now: older values are taken for malformed and never expire, as are values
// in milliseconds (they lie far in the future). Missing attributes and any
// other type (a String with digits included) never expire.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"

#include <string_view>

namespace shardscope::engine::ttl {

inline constexpr double kFiveYearsSeconds = 5.0 * 365 * 24 * 3600;

// Whether `item` has expired at `nowSeconds` under TTL attribute `attribute`.
bool isExpired(const Item& item, std::string_view attribute, double nowSeconds);
// The expiry time of `item` in epoch seconds, if its TTL attribute is a
// Number (whether or not it is in the window that expires); else false.
bool expiryOf(const Item& item, std::string_view attribute, double* epochSeconds);

}  // namespace shardscope::engine::ttl
