#include "observe/call_finisher.h"

#include "metrics/metric_names.h"
#include "observe/observatory.h"
#include "observe/table_monitor.h"
#include "observe/throughput.h"
#include "partitions/partition_usage.h"

#include <cmath>

namespace shardscope::engine::observe {
namespace {

using capacity::Direction;
using metrics::Metric;
using nlohmann::json;

bool isThrottle(ErrorCode code) {
    return code == ErrorCode::ProvisionedThroughputExceeded || code == ErrorCode::Throttling ||
           code == ErrorCode::RequestLimitExceeded;
}

void recordOperation(OpContext& ctx, std::string_view operation, const json& request, const Result<json>& result,
                     double latencyMillis) {
    Observatory& o = *ctx.engine.observatory;
    const std::int64_t now = callNow(ctx);
    const std::size_t op = metrics::operationIndex(operation);
    TableSchema* table = ctx.call.table;
    if (!table && op < metrics::kOperations.size()) {
        auto name = request.find("TableName");
        if (name != request.end() && name->is_string()) table = ctx.engine.findTable(name->get_ref<const std::string&>());
    }
    TableMonitor* m = table ? monitorOf(ctx, *table) : nullptr;
    if (result.ok()) {
        if (!m || op >= metrics::kOperations.size()) return;
        metrics::MetricSet& set = m->operation(op);
        if (latencyMillis >= 0) set.record(Metric::SuccessfulRequestLatency, now, latencyMillis);
        if (operation == "Query" || operation == "Scan") {
            auto count = result->find("Count");
            if (count != result->end() && count->is_number()) set.record(Metric::ReturnedItemCount, now, count->get<double>());
        }
        return;
    }
    const ErrorCode code = result.error().code();
    // A transaction cancelled by a throttled action counts as throttled too.
    if (isThrottle(code) || (code == ErrorCode::TransactionCanceled && ctx.call.throttled)) {
        if (m && op < metrics::kOperations.size()) m->operation(op).record(Metric::ThrottledRequests, now, 1);
    } else if (code == ErrorCode::ConditionalCheckFailed) {
        if (m) m->table().metrics.record(Metric::ConditionalCheckFailedRequests, now, 1);
    } else if (code == ErrorCode::TransactionConflict) {
        if (m) m->table().metrics.record(Metric::TransactionConflict, now, 1);
    } else if (result.error().httpStatus() >= 500) {
        if (m && op < metrics::kOperations.size()) m->operation(op).record(Metric::SystemErrors, now, 1);
    } else {
        o.account.record(Metric::UserErrors, now, 1);
    }
    if (m) m->table().activeSinceTick = true;
}

// Writes a new provisioned value into the description (as UpdateTable
// would) and persists it.
Status applyScaling(OpContext& ctx, TableSchema& table, const std::string& index, Direction d, double units) {
    json& desc = table.description();
    json* throughput = nullptr;
    if (index.empty()) {
        throughput = &desc["ProvisionedThroughput"];
    } else if (desc.contains("GlobalSecondaryIndexes") && desc["GlobalSecondaryIndexes"].is_array()) {
        for (auto& g : desc["GlobalSecondaryIndexes"])
            if (g.value("IndexName", "") == index) throughput = &g["ProvisionedThroughput"];
    }
    if (!throughput) return Status::success();
    const char* member = d == Direction::Read ? "ReadCapacityUnits" : "WriteCapacityUnits";
    const double old = throughput->value(member, 0.0);
    const double seconds = std::floor(static_cast<double>(callNow(ctx)) / 1000.0);
    (*throughput)[member] = static_cast<std::int64_t>(units);
    if (units > old) {
        (*throughput)["LastIncreaseDateTime"] = seconds;
    } else {
        (*throughput)["LastDecreaseDateTime"] = seconds;
        (*throughput)["NumberOfDecreasesToday"] = throughput->value("NumberOfDecreasesToday", 0) + 1;
    }
    return ctx.engine.catalog->update(table.id(), desc);
}

void autoScale(OpContext& ctx, TableSchema& table, TableMonitor& m, ResourceMonitor& r, std::int64_t now) {
    const std::int64_t minute = now / 60'000;
    if (r.lastMinuteFed < minute - static_cast<std::int64_t>(capacity::ResourceCapacity::kMinuteHistory))
        r.lastMinuteFed = minute - static_cast<std::int64_t>(capacity::ResourceCapacity::kMinuteHistory);
    for (; r.lastMinuteFed < minute; ++r.lastMinuteFed) {
        if (r.capacity.onDemand()) continue;
        const std::int64_t end = (r.lastMinuteFed + 1) * 60'000;
        r.readScaler.addDatapoint(r.capacity.consumedInMinute(Direction::Read, r.lastMinuteFed),
                                  r.capacity.provisioned(Direction::Read), end);
        r.writeScaler.addDatapoint(r.capacity.consumedInMinute(Direction::Write, r.lastMinuteFed),
                                   r.capacity.provisioned(Direction::Write), end);
    }
    bool changed = false;
    for (Direction d : {Direction::Read, Direction::Write}) {
        auto due = (d == Direction::Read ? r.readScaler : r.writeScaler).dueChange(now);
        if (!due || r.capacity.onDemand()) continue;
        if (applyScaling(ctx, table, r.indexName, d, *due).ok()) changed = true;
    }
    if (!changed) return;
    const std::string indexName = r.indexName;  // resync may replace GSI monitors
    (void)m.resync(ctx.engine, table, now);
    ctx.call.events.push_back({ObservationEvent::Kind::CapacityChanged, table.name(), indexName});
    ctx.events.push_back({ChangeEvent::Kind::TableUpdated, table.name()});
}

void tickResource(OpContext& ctx, TableSchema& table, TableMonitor& m, ResourceMonitor& r, bool observing,
                  std::int64_t now, bool* active) {
    if (!observing) return;
    r.metrics.record(Metric::ProvisionedReadCapacityUnits, now, r.capacity.provisioned(Direction::Read));
    r.metrics.record(Metric::ProvisionedWriteCapacityUnits, now, r.capacity.provisioned(Direction::Write));
    if (!r.indexName.empty()) {
        const indexes::IndexSchema* index = table.findIndex(r.indexName);
        if (index && index->state() == indexes::IndexState::Creating) {
            r.metrics.record(Metric::OnlineIndexPercentageProgress, now, index->backfillPercent);
            r.backfilling = true;
            *active = true;
        } else if (r.backfilling) {
            // The backfill wrote its entries past index maintenance: count them.
            r.backfilling = false;
            r.metrics.record(Metric::OnlineIndexPercentageProgress, now, 100);
            (void)m.recount(ctx.engine, table, r);
            *active = true;
        }
    }
    if (r.activeSinceTick) *active = true;
    r.activeSinceTick = false;
}

// Once per clock second.
void tick(OpContext& ctx, std::int64_t now) {
    const bool observing = ctx.engine.observatory->enabled.load(std::memory_order_relaxed);
    for (auto& [name, table] : ctx.engine.tables) {
        if (!table->monitor) continue;
        TableMonitor& m = *table->monitor;
        autoScale(ctx, *table, m, m.table(), now);
        for (std::size_t i = 0; i < m.globalIndexes().size(); ++i) autoScale(ctx, *table, m, *m.globalIndexes()[i], now);
        bool active = false;
        tickResource(ctx, *table, m, m.table(), observing, now, &active);
        for (const auto& g : m.globalIndexes()) tickResource(ctx, *table, m, *g, observing, now, &active);
        if (active) ctx.call.events.push_back({ObservationEvent::Kind::MetricsUpdated, name, ""});
    }
}

Status splitResource(OpContext& ctx, const TableSchema& table, ResourceMonitor& r, std::int64_t now, bool* changed) {
    auto& parts = r.partitions;
    const std::string* index = r.indexName.empty() ? nullptr : &r.indexName;
    for (std::size_t i = parts.size(); i-- > 0;) {
        if (!parts.at(i).splitRequested) continue;
        std::vector<std::int64_t> lows;
        if (parts.at(i).sizeBytes > parts.limits().maxBytes) {
            auto median = partitions::medianHash(*ctx.engine.db, table.id(), index, parts.at(i).low,
                                                 parts.highInclusive(i), parts.at(i).itemCount);
            if (!median.ok()) return std::move(median).error();
            if (*median) lows.push_back(**median);
            else parts.at(i).sizeSplitRetryBytes = parts.at(i).sizeBytes + parts.limits().maxBytes / 8;
        } else {
            lows = parts.heatSplitPoints(i);
        }
        if (lows.empty()) {
            parts.at(i).splitRequested = false;
            continue;
        }
        parts.split(i, lows, now);
        for (std::size_t k = i; k <= i + lows.size() && k < parts.size(); ++k) {
            auto usage = partitions::rangeUsage(*ctx.engine.db, table.id(), index, parts.at(k).low, parts.highInclusive(k));
            if (!usage.ok()) return std::move(usage).error();
            parts.at(k).itemCount = usage->itemCount;
            parts.at(k).sizeBytes = usage->sizeBytes;
        }
        *changed = true;
    }
    parts.clearSplitRequests();
    return Status::success();
}

}  // namespace

void performSplits(OpContext& ctx, TableSchema& table) {
    if (!table.monitor) return;
    TableMonitor& m = *table.monitor;
    const std::int64_t now = callNow(ctx);
    auto run = [&](ResourceMonitor& r) {
        if (!r.partitions.splitPending()) return;
        bool changed = false;
        (void)splitResource(ctx, table, r, now, &changed);
        if (changed) ctx.call.events.push_back({ObservationEvent::Kind::PartitionsChanged, table.name(), r.indexName});
    };
    run(m.table());
    for (const auto& g : m.globalIndexes()) run(*g);
}

void finishCall(OpContext& ctx, std::string_view operation, const json& request, const Result<json>& result,
                double latencyMillis) {
    Observatory& o = *ctx.engine.observatory;
    const bool observing = o.enabled.load(std::memory_order_relaxed);
    if (observing) recordOperation(ctx, operation, request, result, latencyMillis);
    if (ctx.call.splitPending && ctx.call.table) performSplits(ctx, *ctx.call.table);
    if (result.ok() && (operation == "UpdateTable" || operation == "UpdateTimeToLive")) {
        auto name = request.find("TableName");
        TableSchema* table = name != request.end() && name->is_string()
                                 ? ctx.engine.findTable(name->get_ref<const std::string&>())
                                 : nullptr;
        if (table && table->monitor) {
            auto changed = table->monitor->resync(ctx.engine, *table, callNow(ctx));
            if (changed.ok() && *changed)
                ctx.call.events.push_back({ObservationEvent::Kind::CapacityChanged, table->name(), ""});
        }
    }
    const std::int64_t second = callNow(ctx) / 1000;
    if (second != o.lastTickSecond) {
        o.lastTickSecond = second;
        tick(ctx, callNow(ctx));
    }
}

}  // namespace shardscope::engine::observe
