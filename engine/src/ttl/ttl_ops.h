// UpdateTimeToLive and DescribeTimeToLive.
//
// TTL is switched per table with one top-level attribute name (1..255
// characters). DynamoDB's rules and messages (ValidationException):
//   "TimeToLive is already enabled" / "TimeToLive is already disabled"
//   "TimeToLive is active on a different AttributeName: current AttributeName is <a>"
//   "Time to live has been modified multiple times within a fixed interval"
//     (a second change within EngineOptions::ttlChangeCooldownSeconds of clock time)
//   "TimeToLiveSpecification.AttributeName must be non empty"
// A change takes effect at once (ENABLED / DISABLED; the service's
// ENABLING/DISABLING phases are not modelled). Deleting expired items is the
// sweeper's job (ttl/ttl_sweeper.h).
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> updateTimeToLive(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeTimeToLive(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
