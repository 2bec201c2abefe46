// Contributor Insights on the wire: UpdateContributorInsights,
// DescribeContributorInsights and ListContributorInsights, with the
// service's shapes. The rules' data is the hot-key lists every table and GSI
// keeps anyway (Engine::hotKeys()); the status says which resources a user
// switched on, and is kept in memory for the engine's lifetime.
//
// Thread-safety: handlers run under the engine's lock.
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> updateContributorInsights(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeContributorInsights(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> listContributorInsights(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
