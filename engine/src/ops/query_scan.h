// Query and Scan.
//
// Both read one page (Limit items or 1 MB) in storage order: Query walks one
// partition key's sort-key range forwards or backwards, Scan walks the table
// in hash order, optionally one parallel-scan segment (a slice of the hash
// space). FilterExpression / QueryFilter / ScanFilter, ProjectionExpression /
// AttributesToGet and Select then shape the page (see PageCollector).
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> query(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> scan(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
