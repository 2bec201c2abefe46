// Observation: read-only views of how the engine's tables behave.
//
// Beside the front door (Engine::call) the engine models what DynamoDB does
// under load: partitions (hash ranges of the partition key that split by
// size and by heat), provisioned and on-demand capacity with throttling,
// CloudWatch-named metric series and Contributor-Insights-style hot keys.
// These types are the snapshots Engine hands out (Engine::observeTable(),
// metricSeries(), hotKeys()) and the events its observer callback receives.
// They are plain values: copies taken under the engine's lock, safe to keep
// and to move to another thread.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace shardscope::engine {

// One bucket of a metric series, aggregated as CloudWatch does.
struct MetricPoint {
    std::int64_t startMillis = 0;
    double sum = 0;
    double sampleCount = 0;
    double minimum = 0;
    double maximum = 0;
};

enum class MetricResolution { Second, Minute };

// One partition of a table or GSI: a range of partition-key hashes
// (unsigned, inclusive at both ends, as partitionHash() places keys).
struct PartitionSnapshot {
    int index = 0;
    std::uint64_t hashLow = 0;
    std::uint64_t hashHigh = 0;
    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
    double consumedReadUnits = 0;   // since the engine opened
    double consumedWriteUnits = 0;
    double readUnitsLastSecond = 0;  // the last complete clock second with traffic
    double writeUnitsLastSecond = 0;
    std::int64_t readThrottles = 0;
    std::int64_t writeThrottles = 0;
};

// Auto scaling of one resource (Engine::setAutoScaling): target tracking on
// consumed / provisioned capacity, as Application Auto Scaling does it.
struct AutoScalingPolicy {
    bool enabled = false;
    double targetUtilization = 0.70;  // 0.20 .. 0.90
    double minCapacity = 5;
    double maxCapacity = 40000;
};

// A table (indexName empty) or one of its global secondary indexes.
struct ResourceSnapshot {
    std::string indexName;
    bool onDemand = false;
    bool enforced = false;              // whether throttling applies to it now
    double provisionedReadUnits = 0;    // 0 for on-demand
    double provisionedWriteUnits = 0;
    double readAllowance = 0;           // on-demand: what the previous peak allows per second
    double writeAllowance = 0;
    double readBurstBalance = 0;        // banked units (provisioned: up to 300 s worth)
    double writeBurstBalance = 0;
    std::int64_t readThrottleEvents = 0;
    std::int64_t writeThrottleEvents = 0;
    AutoScalingPolicy readAutoScaling;
    AutoScalingPolicy writeAutoScaling;
    bool contributorInsights = false;
    std::vector<PartitionSnapshot> partitions;
};

struct TableObservation {
    std::string tableName;
    ResourceSnapshot table;
    std::vector<ResourceSnapshot> globalIndexes;
};

// Contributor Insights' four rules: most accessed / most throttled
// partition keys, and partition+sort keys.
enum class HotKeyKind { AccessedPartitionKeys, ThrottledPartitionKeys, AccessedItemKeys, ThrottledItemKeys };

struct HotKey {
    nlohmann::json key;  // {"pk": {"S": "..."}[, "sk": {...}]} in DynamoDB JSON
    double count = 0;    // consumed throughput units (3 x WCU + RCU) or throttle count, estimated
    double error = 0;    // how much of `count` was inherited rather than seen (0: exact)
};

// What the observer callback hears. Fired after the call that caused it,
// outside the engine's locks; at most one MetricsUpdated per clock second.
struct ObservationEvent {
    enum class Kind { PartitionsChanged, CapacityChanged, Throttled, MetricsUpdated };
    Kind kind;
    std::string tableName;
    std::string indexName;  // empty: the table itself
};

}  // namespace shardscope::engine
