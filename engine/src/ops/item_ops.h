// Single-item operations: PutItem, GetItem, UpdateItem, DeleteItem.
//
// Each validates its request as DynamoDB does (constraints, then values and
// expressions, then the table and its keys), evaluates its condition against
// the stored item and writes through ItemWriter, so a failed condition or
// validation changes nothing.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> putItem(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> getItem(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> updateItem(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> deleteItem(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
