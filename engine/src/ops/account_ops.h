// Account-level operations: DescribeLimits and DescribeEndpoints.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> describeLimits(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeEndpoints(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
