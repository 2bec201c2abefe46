// ObservationSnapshot: the engine's observation API (partitions, capacity,
// metric series, hot keys, TTL progress) as one JSON answer, so the Live
// pane can ask for it through Backend::call() like any other request.
//
// The operation name is kObserveTableOperation, which only a backend that
// holds an engine answers (LocalBackend runs observeTableSnapshot() on its
// worker thread); a remote service answers it with an error, and the pane
// shows that the live model is not available there. The request is
//   {"TableName": "...", "IndexName": "..." (optional), "SinceMillis": n}
// and the answer
//   {"NowMillis": n, "Table": resource, "GlobalIndexes": [resource...],
//    "Series": {"<CloudWatch name>": [[startMillis, sum], ...], ...},
//    "HotKeys": {"AccessedPartitionKeys": [{"Key": {...}, "Count": x}], ...},
//    "Ttl": {...}}
// where a resource is {"IndexName", "OnDemand", "Enforced",
// "ProvisionedReadCapacityUnits", ..., "Partitions": [{"Index", "HashLow",
// "HashHigh", "ItemCount", "SizeBytes", "ReadUnitsLastSecond", ...}]}. The
// series and hot keys are those of the requested index (the table when
// IndexName is absent), at 1-second resolution from SinceMillis on.
// An unknown table answers ResourceNotFoundException.
//
// No Qt here: it runs on the engine's worker thread and is tested headless.
#pragma once

#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine {
class Engine;
}

namespace shardscope::ui {

inline constexpr const char* kObserveTableOperation = "Shardscope.ObserveTable";

engine::Result<nlohmann::json> observeTableSnapshot(const engine::Engine& engine, const nlohmann::json& request);

}  // namespace shardscope::ui
