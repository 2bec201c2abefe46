// ResourceMonitor: everything the engine models for one table or one GSI —
// its capacity (capacity/), partitions (partitions/), metric series and hot
// keys (metrics/) and auto scaling.
//
// Thread-safety: none; owned by a TableMonitor under the engine's lock.
#pragma once

#include "capacity/auto_scaler.h"
#include "capacity/resource_capacity.h"
#include "metrics/hot_key_tracker.h"
#include "metrics/metric_set.h"
#include "partitions/partition_map.h"
#include "shardscope/engine/attribute_value.h"

#include <cstdint>
#include <optional>
#include <string>

namespace shardscope::engine::observe {

// The engine-wide knobs every monitor is built with (from EngineOptions).
struct MonitorSettings {
    partitions::PartitionLimits limits;
    std::size_t secondsKept = 600;
    std::size_t minutesKept = 360;
    std::size_t hotKeyCapacity = 32;
    std::int64_t hotKeyWindowMillis = 60'000;
    AutoScalingPolicy autoScaling;
    double onDemandWarmReadUnits = 12000;
    double onDemandWarmWriteUnits = 4000;
};

class ResourceMonitor {
public:
    ResourceMonitor(std::string indexName, std::string arn, bool onDemand, double readUnits, double writeUnits,
                    AttributeType pkType, std::optional<AttributeType> skType, const MonitorSettings& settings,
                    std::int64_t nowMillis);
    ResourceMonitor(const ResourceMonitor&) = delete;
    ResourceMonitor& operator=(const ResourceMonitor&) = delete;

    // Partitions the provisioned throughput needs (at least one).
    static int partitionsFor(bool onDemand, double readUnits, double writeUnits, const partitions::PartitionLimits& l);

    std::string indexName;  // empty: the table
    std::string arn;
    AttributeType pkType;
    std::optional<AttributeType> skType;

    capacity::ResourceCapacity capacity;
    capacity::AutoScaler readScaler;
    capacity::AutoScaler writeScaler;
    partitions::PartitionMap partitions;
    metrics::MetricSet metrics;
    metrics::HotKeyTracker accessedKeys;
    metrics::HotKeyTracker accessedItems;
    metrics::HotKeyTracker throttledKeys;
    metrics::HotKeyTracker throttledItems;

    std::int64_t lastMinuteFed = 0;  // auto scaling: minutes already fed as datapoints
    bool activeSinceTick = false;    // traffic since the last per-second tick
    std::int64_t lastThrottleEventSecond = -1;  // Throttled events: at most one per clock second
    bool backfilling = false;        // a GSI being filled: its entries are counted again when done
};

}  // namespace shardscope::engine::observe
