// Observatory: the engine-wide part of the observation layer.
//
// Holds the settings every TableMonitor is built with, the switches
// (observation on/off, capacity enforcement for provisioned and on-demand
// resources), the account-level metrics (UserErrors has no dimensions), the
// Contributor Insights status of each table and GSI, and the observers.
// The per-table state lives with each table (TableSchema::monitor).
//
// Thread-safety: `enabled` is atomic; the observers are guarded by
// `observerMutex`; everything else is used under the engine's lock.
#pragma once

#include "metrics/metric_set.h"
#include "observe/resource_monitor.h"
#include "shardscope/engine/engine.h"

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace shardscope::engine::observe {

struct InsightsState {
    bool enabled = false;
    std::string mode = "ACCESSED_AND_THROTTLED_KEYS";
    double lastUpdateSeconds = 0;
    std::int64_t enabledAtMillis = 0;
};

class Observatory {
public:
    explicit Observatory(const EngineOptions& options);

    MonitorSettings settings;
    std::atomic<bool> enabled{true};
    bool enforceProvisioned = true;
    bool enforceOnDemand = false;

    metrics::MetricSet account;
    std::int64_t lastTickSecond = -1;

    // Contributor Insights, by (table id, index name or "").
    std::map<std::pair<std::int64_t, std::string>, InsightsState> insights;

    std::mutex observerMutex;
    std::map<int, std::function<void(const ObservationEvent&)>> observers;
    int nextObserverId = 1;
};

}  // namespace shardscope::engine::observe
