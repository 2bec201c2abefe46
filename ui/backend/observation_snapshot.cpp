#include "backend/observation_snapshot.h"

#include "shardscope/engine/engine.h"

#include <array>
#include <string_view>
#include <utility>

namespace shardscope::ui {
namespace {

using nlohmann::json;
using namespace shardscope::engine;

// The series the Live pane draws: capacity against what is provisioned, and
// throttling.
constexpr std::array<std::string_view, 6> kSeries = {
    "ConsumedReadCapacityUnits", "ConsumedWriteCapacityUnits", "ProvisionedReadCapacityUnits",
    "ProvisionedWriteCapacityUnits", "ReadThrottleEvents", "WriteThrottleEvents"};

constexpr std::array<std::pair<HotKeyKind, std::string_view>, 4> kHotKeyKinds = {{
    {HotKeyKind::AccessedPartitionKeys, "AccessedPartitionKeys"},
    {HotKeyKind::ThrottledPartitionKeys, "ThrottledPartitionKeys"},
    {HotKeyKind::AccessedItemKeys, "AccessedItemKeys"},
    {HotKeyKind::ThrottledItemKeys, "ThrottledItemKeys"},
}};

json autoScalingJson(const AutoScalingPolicy& p) {
    return {{"Enabled", p.enabled}, {"TargetUtilization", p.targetUtilization}, {"MinCapacity", p.minCapacity},
            {"MaxCapacity", p.maxCapacity}};
}

json resourceJson(const ResourceSnapshot& r) {
    json partitions = json::array();
    for (const PartitionSnapshot& p : r.partitions)
        partitions.push_back({{"Index", p.index},
                              // Hash bounds as text: JSON numbers lose 64-bit precision in many readers.
                              {"HashLow", std::to_string(p.hashLow)},
                              {"HashHigh", std::to_string(p.hashHigh)},
                              {"ItemCount", p.itemCount},
                              {"SizeBytes", p.sizeBytes},
                              {"ConsumedReadUnits", p.consumedReadUnits},
                              {"ConsumedWriteUnits", p.consumedWriteUnits},
                              {"ReadUnitsLastSecond", p.readUnitsLastSecond},
                              {"WriteUnitsLastSecond", p.writeUnitsLastSecond},
                              {"ReadThrottles", p.readThrottles},
                              {"WriteThrottles", p.writeThrottles}});
    return {{"IndexName", r.indexName},
            {"OnDemand", r.onDemand},
            {"Enforced", r.enforced},
            {"ProvisionedReadCapacityUnits", r.provisionedReadUnits},
            {"ProvisionedWriteCapacityUnits", r.provisionedWriteUnits},
            {"ReadAllowance", r.readAllowance},
            {"WriteAllowance", r.writeAllowance},
            {"ReadBurstBalance", r.readBurstBalance},
            {"WriteBurstBalance", r.writeBurstBalance},
            {"ReadThrottleEvents", r.readThrottleEvents},
            {"WriteThrottleEvents", r.writeThrottleEvents},
            {"ReadAutoScaling", autoScalingJson(r.readAutoScaling)},
            {"WriteAutoScaling", autoScalingJson(r.writeAutoScaling)},
            {"ContributorInsights", r.contributorInsights},
            {"Partitions", std::move(partitions)}};
}

json ttlJson(const TtlProgress& t) {
    return {{"Enabled", t.enabled},
            {"AttributeName", t.attributeName},
            {"PartitionCount", t.partitionCount},
            {"Partition", t.partition},
            {"ItemsExamined", t.itemsExamined},
            {"ItemsDeleted", t.itemsDeleted},
            {"PendingExpired", t.pendingExpired},
            {"SweepsCompleted", t.sweepsCompleted},
            {"LastSweepSeconds", t.lastSweepSeconds}};
}

const std::string* stringMember(const json& request, const char* name) {
    const auto it = request.find(name);
    return it != request.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

}  // namespace

Result<json> observeTableSnapshot(const Engine& engine, const json& request) {
    const std::string* table = stringMember(request, "TableName");
    if (!table) return ApiError::validation("TableName is required");
    const std::string* indexName = stringMember(request, "IndexName");
    const std::string index = indexName ? *indexName : std::string();
    const auto since = request.value("SinceMillis", std::int64_t{0});

    const std::optional<TableObservation> observation = engine.observeTable(*table);
    if (!observation) return ApiError::resourceNotFound("Requested resource not found: Table: " + *table + " not found");

    json out;
    out["NowMillis"] = engine.clock().nowMillis();
    out["Table"] = resourceJson(observation->table);
    out["GlobalIndexes"] = json::array();
    for (const ResourceSnapshot& g : observation->globalIndexes) out["GlobalIndexes"].push_back(resourceJson(g));

    json series = json::object();
    for (std::string_view name : kSeries) {
        json points = json::array();
        for (const MetricPoint& p : engine.metricSeries(*table, index, {}, name, MetricResolution::Second, since))
            points.push_back({p.startMillis, p.sum});
        series[std::string(name)] = std::move(points);
    }
    out["Series"] = std::move(series);

    json hotKeys = json::object();
    for (const auto& [kind, name] : kHotKeyKinds) {
        json list = json::array();
        for (const HotKey& k : engine.hotKeys(*table, index, kind, 10))
            list.push_back({{"Key", k.key}, {"Count", k.count}, {"Error", k.error}});
        hotKeys[std::string(name)] = std::move(list);
    }
    out["HotKeys"] = std::move(hotKeys);
    out["Ttl"] = ttlJson(engine.ttlProgress(*table));
    return out;
}

}  // namespace shardscope::ui
