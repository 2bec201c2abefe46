// Engine: the DynamoDB-compatible engine behind one front door.
//
// call(operation, request) takes an operation name ("PutItem") and the request
// body as DynamoDB JSON and returns the response body, or an ApiError that the
// wire layer turns into DynamoDB's error envelope. The dispatch table behind
// call() is the only list of supported operations. Everything the GUI, the
// endpoint and the tests do to data goes through this door, so they all see
// the same behaviour.
//
// Storage is SQLite (a file in WAL mode, or ":memory:"). Every acknowledged
// write is committed before call() returns.
//
// Beside the door runs background work, such as the TTL sweeper thread, which
// deletes expired items in small batches under the same lock as call() (see
// TtlProgress, ttlProgress(), runTtlSweep()). Everything time-based reads
// EngineOptions::clock.
//
// Thread-safety: call() may be used from any number of threads at once; each
// call is atomic and isolated. Change listeners run on the calling thread (the
// sweeper's for TTL deletes) after the change is committed and outside the
// engine's locks; they must be quick and must not block.
#pragma once

#include "shardscope/engine/clock.h"
#include "shardscope/engine/observation.h"
#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine {

struct EngineOptions {
    // SQLite file path, or ":memory:" for a throw-away engine.
    std::string databasePath = ":memory:";
    std::string region = "us-east-1";
    std::string accountId = "000000000000";
    // host:port of the endpoint serving this engine, for DescribeEndpoints
    // (empty: the service's regional address).
    std::string endpointAddress;
    std::shared_ptr<Clock> clock;  // null: the system clock

    // Streams: a shard closes and hands over to a child after this much
    // clock time, or after this many records (0: no record limit); records
    // are kept (and a disabled stream is listed) for the retention period;
    // an iterator expires this long after it was issued.
    std::int64_t streamShardRolloverSeconds = 4 * 3600;
    std::int64_t streamShardMaxRecords = 0;
    std::int64_t streamRetentionSeconds = 24 * 3600;
    std::int64_t streamIteratorLifetimeSeconds = 15 * 60;

    // TTL: real (wall) seconds between the starts of two sweeps over the
    // TTL-enabled tables (0: no background sweeper; runTtlSweep() still
    // works); items examined per batch, each batch under the engine's lock;
    // clock seconds a table waits between two UpdateTimeToLive changes.
    double ttlSweepIntervalSeconds = 60;
    int ttlSweepBatchSize = 100;
    std::int64_t ttlChangeCooldownSeconds = 3600;

    // Secondary indexes: the item-collection size limit of tables with LSIs
    // (base items plus LSI entries per partition key value); base items per
    // batch of an online GSI backfill (or entries per batch of a deletion),
    // each batch under the engine's lock; real milliseconds the background
    // worker waits before each batch.
    std::int64_t itemCollectionSizeLimitBytes = 10LL * 1024 * 1024 * 1024;
    int indexBackfillBatchSize = 500;
    int indexBackfillPauseMillis = 0;

    // Capacity (see observation.h): provisioned tables and GSIs throttle
    // beyond their capacity and burst; with onDemandEnforcement on-demand
    // ones throttle beyond twice their previous peak too; partitions of
    // enforced resources throttle beyond their hard limits. Off, nothing
    // throttles (as DynamoDB Local behaves).
    bool capacityEnforcement = true;
    bool onDemandEnforcement = false;
    // What a new on-demand table or GSI serves at once (units per second;
    // the service's warm throughput); twice the previous peak from then on.
    double onDemandWarmReadUnits = 12000;
    double onDemandWarmWriteUnits = 4000;
    // Partitions: per-partition limits (units per second and bytes) that
    // trigger splits and partition-level throttling; a partition above
    // heatFraction of a limit for heatSeconds clock seconds in a row splits
    // for heat.
    double partitionMaxReadUnits = 3000;
    double partitionMaxWriteUnits = 1000;
    std::int64_t partitionMaxBytes = 10LL * 1024 * 1024 * 1024;
    double partitionHeatFraction = 0.8;
    int partitionHeatSeconds = 10;
    // Observation: partitions' statistics, metric series and hot keys.
    // Switchable at run time (Engine::setObservationEnabled). Series keep
    // this many 1-second and 1-minute buckets; hot keys this many counters
    // per window slice over a window of this many clock seconds.
    bool observation = true;
    std::size_t metricsSecondsKept = 600;
    std::size_t metricsMinutesKept = 360;
    std::size_t hotKeyCapacity = 32;
    std::int64_t hotKeyWindowSeconds = 60;
    // Auto scaling applied to every provisioned table and GSI (disabled by
    // default; Engine::setAutoScaling changes one resource).
    AutoScalingPolicy autoScaling;
};

// What changed, for listeners that keep a view fresh (the GUI's table list).
struct ChangeEvent {
    enum class Kind { TableCreated, TableUpdated, TableDeleted, ItemsChanged };
    Kind kind;
    std::string tableName;
};

// Where the TTL sweeper stands for one table (Engine::ttlProgress()).
struct TtlProgress {
    bool enabled = false;
    std::string attributeName;
    int partitionCount = 0;
    int partition = -1;               // being swept now; -1 between sweeps
    std::int64_t itemsExamined = 0;   // in the current sweep (the last one between sweeps)
    std::int64_t itemsDeleted = 0;    // since the engine opened
    std::int64_t pendingExpired = 0;  // estimate: expired items not deleted yet
    std::int64_t sweepsCompleted = 0;
    double lastSweepSeconds = 0;      // clock time the last sweep finished; 0: never
};

class Engine {
public:
    using ChangeListener = std::function<void(const ChangeEvent&)>;
    using Observer = std::function<void(const ObservationEvent&)>;

    // Opens (creating if needed) the database and loads the catalog.
    static Result<std::unique_ptr<Engine>> open(EngineOptions options);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // The front door. `operation` is the name after the X-Amz-Target prefix.
    // An unknown operation gives UnknownOperationException.
    Result<nlohmann::json> call(std::string_view operation, const nlohmann::json& request);

    // The operations call() accepts, in dispatch-table order.
    static std::vector<std::string_view> operations();

    // Returns an id for removeChangeListener().
    int addChangeListener(ChangeListener listener);
    void removeChangeListener(int id);

    // TTL sweep progress of a table (all zero/false for an unknown table).
    TtlProgress ttlProgress(const std::string& tableName) const;
    // Runs one full TTL sweep over every TTL-enabled table now, on the
    // calling thread, in batches under the engine's lock. Returns the number
    // of items deleted.
    std::int64_t runTtlSweep();

    // Observation (observation.h). Snapshots are taken under the engine's
    // lock; an unknown table or index gives nullopt / an empty list.
    // `index` empty means the table; `operation` empty means the metrics
    // without an Operation dimension; `metric` is a CloudWatch name.
    std::optional<TableObservation> observeTable(const std::string& tableName) const;
    std::vector<MetricPoint> metricSeries(const std::string& tableName, const std::string& index,
                                          const std::string& operation, std::string_view metric,
                                          MetricResolution resolution, std::int64_t sinceMillis) const;
    std::vector<HotKey> hotKeys(const std::string& tableName, const std::string& index, HotKeyKind kind,
                                std::size_t count = 10) const;
    // Every series in the Prometheus text exposition format (GET /metrics).
    std::string prometheusMetrics() const;
    // Observers run after the call that caused the event, outside the
    // engine's locks (like change listeners). Returns an id for removeObserver().
    int addObserver(Observer observer);
    void removeObserver(int id);
    // Turns partition statistics, metric series and hot keys on or off.
    void setObservationEnabled(bool enabled);
    bool observationEnabled() const;
    // Auto scaling of a table's (index empty) or GSI's reads or writes;
    // false for an unknown table or index.
    bool setAutoScaling(const std::string& tableName, const std::string& index, bool writes,
                        const AutoScalingPolicy& policy);

    const EngineOptions& options() const;
    const Clock& clock() const;

    class Impl;

private:
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace shardscope::engine
