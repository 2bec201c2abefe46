// Engine's observation API (engine.h, observation.h): snapshots of the
// monitors, taken under the engine's lock.
#include "shardscope/engine/engine.h"

#include "engine_impl.h"
#include "metrics/prometheus_writer.h"
#include "observe/observatory.h"
#include "observe/table_monitor.h"
#include "observe/throughput.h"
#include "shardscope/engine/json_codec.h"
#include "types/key_codec.h"

#include <cstdio>

namespace shardscope::engine {
namespace {

using capacity::Direction;
using metrics::Metric;
using observe::ResourceMonitor;
using observe::TableMonitor;

std::uint64_t unsignedHash(std::int64_t stored) { return hashFromStorage(stored); }

ResourceSnapshot snapshotOf(const observe::Observatory& o, ResourceMonitor& r, bool contributorInsights,
                            std::int64_t now) {
    ResourceSnapshot s;
    s.indexName = r.indexName;
    s.onDemand = r.capacity.onDemand();
    s.enforced = s.onDemand ? o.enforceOnDemand : o.enforceProvisioned;
    s.provisionedReadUnits = r.capacity.provisioned(Direction::Read);
    s.provisionedWriteUnits = r.capacity.provisioned(Direction::Write);
    s.readAllowance = s.onDemand ? r.capacity.allowance(Direction::Read) : s.provisionedReadUnits;
    s.writeAllowance = s.onDemand ? r.capacity.allowance(Direction::Write) : s.provisionedWriteUnits;
    s.readBurstBalance = r.capacity.balance(Direction::Read, now);
    s.writeBurstBalance = r.capacity.balance(Direction::Write, now);
    s.readThrottleEvents = r.capacity.throttles(Direction::Read);
    s.writeThrottleEvents = r.capacity.throttles(Direction::Write);
    s.readAutoScaling = r.readScaler.policy();
    s.writeAutoScaling = r.writeScaler.policy();
    s.contributorInsights = contributorInsights;
    for (std::size_t i = 0; i < r.partitions.size(); ++i) {
        const auto& p = r.partitions.at(i);
        PartitionSnapshot ps;
        ps.index = static_cast<int>(i);
        ps.hashLow = unsignedHash(p.low);
        ps.hashHigh = unsignedHash(r.partitions.highInclusive(i));
        ps.itemCount = p.itemCount;
        ps.sizeBytes = p.sizeBytes;
        ps.consumedReadUnits = p.consumedRead;
        ps.consumedWriteUnits = p.consumedWrite;
        // The current second is still filling: report the last complete one.
        const bool current = p.second == now / 1000;
        ps.readUnitsLastSecond = current ? p.lastRead : p.secondRead;
        ps.writeUnitsLastSecond = current ? p.lastWrite : p.secondWrite;
        ps.readThrottles = p.readThrottles;
        ps.writeThrottles = p.writeThrottles;
        s.partitions.push_back(ps);
    }
    return s;
}

// The table's monitor for a snapshot (built if needed); null if unknown.
TableMonitor* monitorFor(Engine::Impl& impl, OpContext& ctx, const std::string& tableName) {
    TableSchema* table = impl.findTable(tableName);
    return table ? observe::monitorOf(ctx, *table) : nullptr;
}

nlohmann::json keyJson(const std::string& pkName, AttributeType pkType, const std::string* skName,
                       std::optional<AttributeType> skType, const metrics::HotKeyTracker::Entry& e) {
    nlohmann::json key = nlohmann::json::object();
    if (auto pk = decodeKeyValue(pkType, e.pk); pk.ok()) key[pkName] = toJson(*pk);
    if (skName && skType && !e.sk.empty())
        if (auto sk = decodeKeyValue(*skType, e.sk); sk.ok()) key[*skName] = toJson(*sk);
    return key;
}

std::string hex(std::uint64_t v) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%016llx", static_cast<unsigned long long>(v));
    return buffer;
}

void writeResource(metrics::PrometheusWriter& w, const std::string& table, ResourceMonitor& r, std::int64_t now) {
    using Type = metrics::PrometheusWriter::Type;
    metrics::PrometheusWriter::Labels labels = {{"TableName", table}};
    if (!r.indexName.empty()) labels.emplace_back("GlobalSecondaryIndexName", r.indexName);
    for (Metric m : {Metric::ConsumedReadCapacityUnits, Metric::ConsumedWriteCapacityUnits, Metric::ReadThrottleEvents,
                     Metric::WriteThrottleEvents, Metric::ConditionalCheckFailedRequests, Metric::TransactionConflict,
                     Metric::TimeToLiveDeletedItemCount, Metric::OnlineIndexPercentageProgress}) {
        const bool always = m == Metric::ConsumedReadCapacityUnits || m == Metric::ConsumedWriteCapacityUnits ||
                            m == Metric::ReadThrottleEvents || m == Metric::WriteThrottleEvents;
        if (!always && !r.metrics.has(m)) continue;
        w.add("dynamodb_" + std::string(metrics::metricName(m)), metrics::isGauge(m) ? Type::Gauge : Type::Counter,
              labels, r.metrics.total(m));
    }
    w.add("dynamodb_ProvisionedReadCapacityUnits", Type::Gauge, labels, r.capacity.provisioned(Direction::Read));
    w.add("dynamodb_ProvisionedWriteCapacityUnits", Type::Gauge, labels, r.capacity.provisioned(Direction::Write));
    w.add("shardscope_BurstBalanceReadUnits", Type::Gauge, labels, r.capacity.balance(Direction::Read, now));
    w.add("shardscope_BurstBalanceWriteUnits", Type::Gauge, labels, r.capacity.balance(Direction::Write, now));
    w.add("shardscope_PartitionCount", Type::Gauge, labels, static_cast<double>(r.partitions.size()));
    for (std::size_t i = 0; i < r.partitions.size(); ++i) {
        const auto& p = r.partitions.at(i);
        const std::string index = std::to_string(i);
        const std::string low = hex(unsignedHash(p.low));
        const std::string high = hex(unsignedHash(r.partitions.highInclusive(i)));
        auto pl = labels;
        pl.emplace_back("Partition", index);
        pl.emplace_back("HashLow", low);
        pl.emplace_back("HashHigh", high);
        w.add("shardscope_partition_ItemCount", Type::Gauge, pl, static_cast<double>(p.itemCount));
        w.add("shardscope_partition_SizeBytes", Type::Gauge, pl, static_cast<double>(p.sizeBytes));
        w.add("shardscope_partition_ConsumedReadCapacityUnits", Type::Counter, pl, p.consumedRead);
        w.add("shardscope_partition_ConsumedWriteCapacityUnits", Type::Counter, pl, p.consumedWrite);
        w.add("shardscope_partition_ReadThrottleEvents", Type::Counter, pl, static_cast<double>(p.readThrottles));
        w.add("shardscope_partition_WriteThrottleEvents", Type::Counter, pl, static_cast<double>(p.writeThrottles));
    }
}

}  // namespace

std::optional<TableObservation> Engine::observeTable(const std::string& tableName) const {
    std::lock_guard lock(m_impl->mutex);
    OpContext ctx{*m_impl, {}};
    TableSchema* table = m_impl->findTable(tableName);
    TableMonitor* m = table ? observe::monitorOf(ctx, *table) : nullptr;
    if (!m) return std::nullopt;
    const auto& o = *m_impl->observatory;
    const std::int64_t now = observe::callNow(ctx);
    auto insights = [&](const std::string& index) {
        auto it = o.insights.find({table->id(), index});
        return it != o.insights.end() && it->second.enabled;
    };
    TableObservation out;
    out.tableName = tableName;
    out.table = snapshotOf(o, m->table(), insights(""), now);
    for (const auto& g : m->globalIndexes()) out.globalIndexes.push_back(snapshotOf(o, *g, insights(g->indexName), now));
    return out;
}

std::vector<MetricPoint> Engine::metricSeries(const std::string& tableName, const std::string& index,
                                              const std::string& operation, std::string_view metric,
                                              MetricResolution resolution, std::int64_t sinceMillis) const {
    std::lock_guard lock(m_impl->mutex);
    OpContext ctx{*m_impl, {}};
    const std::size_t metricIndex = metrics::metricIndex(metric);
    if (metricIndex >= metrics::kMetricCount) return {};
    const auto which = static_cast<Metric>(metricIndex);
    const std::int64_t now = observe::callNow(ctx);
    const auto res = resolution == MetricResolution::Second ? TimeSeries::Resolution::Second : TimeSeries::Resolution::Minute;
    const metrics::MetricSet* set = nullptr;
    if (which == Metric::UserErrors) {
        set = &m_impl->observatory->account;
    } else if (TableMonitor* m = monitorFor(*m_impl, ctx, tableName)) {
        if (!operation.empty()) {
            const std::size_t op = metrics::operationIndex(operation);
            if (op < metrics::kOperations.size()) set = m->operationIfAny(op);
        } else if (index.empty()) {
            set = &m->table().metrics;
        } else if (ResourceMonitor* g = m->globalIndex(index)) {
            set = &g->metrics;
        }
    }
    const TimeSeries* series = set ? set->series(which) : nullptr;
    return series ? series->points(res, sinceMillis, now) : std::vector<MetricPoint>{};
}

std::vector<HotKey> Engine::hotKeys(const std::string& tableName, const std::string& index, HotKeyKind kind,
                                    std::size_t count) const {
    std::lock_guard lock(m_impl->mutex);
    OpContext ctx{*m_impl, {}};
    TableSchema* table = m_impl->findTable(tableName);
    TableMonitor* m = table ? observe::monitorOf(ctx, *table) : nullptr;
    if (!m) return {};
    ResourceMonitor* r = index.empty() ? &m->table() : m->globalIndex(index);
    if (!r) return {};
    std::string pkName = table->hashKey().name;
    std::optional<std::string> skName;
    if (index.empty()) {
        if (table->rangeKey()) skName = table->rangeKey()->name;
    } else if (const auto* schema = table->findIndex(index)) {
        pkName = schema->hashKey().name;
        if (schema->rangeKey()) skName = schema->rangeKey()->name;
    }
    const metrics::HotKeyTracker* tracker = nullptr;
    switch (kind) {
    case HotKeyKind::AccessedPartitionKeys: tracker = &r->accessedKeys; break;
    case HotKeyKind::ThrottledPartitionKeys: tracker = &r->throttledKeys; break;
    case HotKeyKind::AccessedItemKeys: tracker = &r->accessedItems; break;
    case HotKeyKind::ThrottledItemKeys: tracker = &r->throttledItems; break;
    }
    const bool withSort = kind == HotKeyKind::AccessedItemKeys || kind == HotKeyKind::ThrottledItemKeys;
    std::vector<HotKey> out;
    for (const auto& e : tracker->top(count, observe::callNow(ctx)))
        out.push_back({keyJson(pkName, r->pkType, withSort && skName ? &*skName : nullptr, r->skType, e), e.count,
                       e.error});
    return out;
}

std::string Engine::prometheusMetrics() const {
    std::lock_guard lock(m_impl->mutex);
    OpContext ctx{*m_impl, {}};
    using Type = metrics::PrometheusWriter::Type;
    metrics::PrometheusWriter w;
    const std::int64_t now = observe::callNow(ctx);
    const auto& account = m_impl->observatory->account;
    w.add("dynamodb_UserErrors", Type::Counter, {}, account.total(Metric::UserErrors));
    for (auto& [name, table] : m_impl->tables) {
        TableMonitor* m = observe::monitorOf(ctx, *table);
        if (!m) continue;
        writeResource(w, name, m->table(), now);
        for (const auto& g : m->globalIndexes()) writeResource(w, name, *g, now);
        for (std::size_t op = 0; op < metrics::kOperations.size(); ++op) {
            const metrics::MetricSet* set = m->operationIfAny(op);
            if (!set) continue;
            const metrics::PrometheusWriter::Labels labels = {{"TableName", name}, {"Operation", metrics::kOperations[op]}};
            w.add("dynamodb_SuccessfulRequestLatency", Type::Summary, labels,
                  set->total(Metric::SuccessfulRequestLatency), "_sum");
            w.add("dynamodb_SuccessfulRequestLatency", Type::Summary, labels,
                  set->count(Metric::SuccessfulRequestLatency), "_count");
            for (Metric metric : {Metric::ThrottledRequests, Metric::ReturnedItemCount, Metric::SystemErrors})
                if (set->has(metric) || metric == Metric::ThrottledRequests)
                    w.add("dynamodb_" + std::string(metrics::metricName(metric)), Type::Counter, labels, set->total(metric));
        }
    }
    return w.text();
}

int Engine::addObserver(Observer observer) {
    auto& o = *m_impl->observatory;
    std::lock_guard lock(o.observerMutex);
    const int id = o.nextObserverId++;
    o.observers.emplace(id, std::move(observer));
    return id;
}

void Engine::removeObserver(int id) {
    auto& o = *m_impl->observatory;
    std::lock_guard lock(o.observerMutex);
    o.observers.erase(id);
}

void Engine::setObservationEnabled(bool enabled) {
    std::lock_guard lock(m_impl->mutex);
    auto& o = *m_impl->observatory;
    if (o.enabled.load() == enabled) return;
    if (enabled) {
        // Item counts drifted while nobody counted: count partitions again.
        for (auto& [name, table] : m_impl->tables) {
            if (!table->monitor) continue;
            (void)table->monitor->recount(*m_impl, *table, table->monitor->table());
            for (const auto& g : table->monitor->globalIndexes()) (void)table->monitor->recount(*m_impl, *table, *g);
        }
    }
    o.enabled.store(enabled);
}

bool Engine::observationEnabled() const { return m_impl->observatory->enabled.load(); }

bool Engine::setAutoScaling(const std::string& tableName, const std::string& index, bool writes,
                            const AutoScalingPolicy& policy) {
    std::lock_guard lock(m_impl->mutex);
    OpContext ctx{*m_impl, {}};
    TableMonitor* m = monitorFor(*m_impl, ctx, tableName);
    ResourceMonitor* r = !m ? nullptr : index.empty() ? &m->table() : m->globalIndex(index);
    if (!r) return false;
    (writes ? r->writeScaler : r->readScaler).setPolicy(policy);
    return true;
}

}  // namespace shardscope::engine
