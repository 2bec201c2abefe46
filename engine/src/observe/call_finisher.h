// The end of every engine call, still under the engine's lock: the
// per-operation metrics of the call, the partition splits it requested,
// re-reading a table's capacity after UpdateTable, and — once per clock
// second — the periodic work (auto scaling datapoints and changes, gauge
// metrics, MetricsUpdated events).
//
// Thread-safety: under the engine's lock.
#pragma once

#include "engine_impl.h"

#include <string_view>

namespace shardscope::engine::observe {

// `latencyMillis` is the call's duration (negative when not measured).
void finishCall(OpContext& ctx, std::string_view operation, const nlohmann::json& request,
                const Result<nlohmann::json>& result, double latencyMillis);

// Carries out the pending partition splits of `table`.
void performSplits(OpContext& ctx, TableSchema& table);

}  // namespace shardscope::engine::observe
