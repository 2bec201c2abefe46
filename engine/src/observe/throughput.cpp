#include "observe/throughput.h"

#include "capacity/throttle_error.h"
#include "observe/observatory.h"
#include "observe/table_monitor.h"
#include "types/key_codec.h"

#include <functional>

namespace shardscope::engine::observe {
namespace {

using capacity::Direction;
using metrics::Metric;

bool observing(const OpContext& ctx) {
    return ctx.engine.observatory && ctx.engine.observatory->enabled.load(std::memory_order_relaxed);
}

bool enforced(const OpContext& ctx, const ResourceMonitor& r) {
    const Observatory& o = *ctx.engine.observatory;
    return r.capacity.onDemand() ? o.enforceOnDemand : o.enforceProvisioned;
}

ResourceMonitor* resourceOf(TableMonitor& m, const indexes::IndexSchema* globalIndex) {
    return globalIndex ? m.globalIndex(globalIndex->name()) : &m.table();
}

// The partition+sort key identity for the item hot-key lists.
std::uint64_t itemId(const KeyRef& key) {
    return static_cast<std::uint64_t>(key.hash) * 0x9E37'79B9'7F4A'7C15ULL ^ std::hash<std::string_view>{}(key.sk);
}

void noteTouched(OpContext& ctx, TableSchema& table) {
    if (!ctx.call.table) ctx.call.table = &table;
}

ApiError throttled(OpContext& ctx, TableSchema& table, ResourceMonitor& r, Direction d, capacity::LimitType limit,
                   const KeyRef* key, bool index) {
    const std::int64_t now = callNow(ctx);
    ctx.call.throttled = true;
    r.capacity.countThrottle(d);
    if (observing(ctx)) {
        r.metrics.record(d == Direction::Read ? Metric::ReadThrottleEvents : Metric::WriteThrottleEvents, now, 1);
        r.activeSinceTick = true;
        if (key) {
            auto& p = r.partitions.at(r.partitions.find(key->hash));
            (d == Direction::Read ? p.readThrottles : p.writeThrottles) += 1;
            r.throttledKeys.add(static_cast<std::uint64_t>(key->hash), key->pk, {}, 1, now);
            if (r.skType && !key->sk.empty()) r.throttledItems.add(itemId(*key), key->pk, key->sk, 1, now);
        }
    }
    const std::int64_t second = now / 1000;
    if (r.lastThrottleEventSecond != second) {
        r.lastThrottleEventSecond = second;
        ctx.call.events.push_back({ObservationEvent::Kind::Throttled, table.name(), r.indexName});
    }
    return capacity::throttleError({index, d, limit, r.arn});
}

capacity::LimitType resourceLimit(const ResourceMonitor& r) {
    // On-demand capacity beyond twice the previous peak is refused by the
    // partitions that would have to serve it.
    return r.capacity.onDemand() ? capacity::LimitType::KeyRangeThroughputExceeded
                                 : capacity::LimitType::ProvisionedThroughputExceeded;
}

void observeAccess(OpContext& ctx, ResourceMonitor& r, const KeyRef* key, double readUnits, double writeUnits) {
    const std::int64_t now = callNow(ctx);
    r.activeSinceTick = true;
    if (readUnits > 0) r.metrics.record(Metric::ConsumedReadCapacityUnits, now, readUnits);
    if (writeUnits > 0) r.metrics.record(Metric::ConsumedWriteCapacityUnits, now, writeUnits);
    if (!key) {
        // A Scan reads every partition in turn: spread its units.
        const double share = 1.0 / static_cast<double>(r.partitions.size());
        for (std::size_t i = 0; i < r.partitions.size(); ++i)
            r.partitions.consume(i, r.partitions.at(i).low, readUnits * share, writeUnits * share, now);
    } else {
        r.partitions.consume(r.partitions.find(key->hash), key->hash, readUnits, writeUnits, now);
        // ConsumedThroughputUnits as Contributor Insights weighs them.
        const double weight = readUnits + 3 * writeUnits;
        r.accessedKeys.add(static_cast<std::uint64_t>(key->hash), key->pk, {}, weight, now);
        if (r.skType && !key->sk.empty()) r.accessedItems.add(itemId(*key), key->pk, key->sk, weight, now);
    }
    if (r.partitions.splitPending()) ctx.call.splitPending = true;
}

}  // namespace

std::int64_t callNow(OpContext& ctx) {
    if (ctx.call.nowMillis < 0) ctx.call.nowMillis = ctx.engine.clock->nowMillis();
    return ctx.call.nowMillis;
}

TableMonitor* monitorOf(OpContext& ctx, TableSchema& table) {
    if (table.monitor) return table.monitor.get();
    if (!ctx.engine.observatory) return nullptr;  // a bare Impl (tests of internals)
    auto built = TableMonitor::build(ctx.engine, table, ctx.engine.observatory->settings, callNow(ctx));
    if (!built.ok()) return nullptr;
    table.monitor = std::move(*built);
    return table.monitor.get();
}

Status admitRead(OpContext& ctx, TableSchema& table, const indexes::IndexSchema* globalIndex, const KeyRef* key) {
    noteTouched(ctx, table);
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return Status::success();
    ResourceMonitor* r = resourceOf(*m, globalIndex);
    if (!r || !enforced(ctx, *r)) return Status::success();
    const std::int64_t now = callNow(ctx);
    const bool index = globalIndex != nullptr;
    if (!r->capacity.admit(Direction::Read, now))
        return throttled(ctx, table, *r, Direction::Read, resourceLimit(*r), key, index);
    if (key && observing(ctx) && !r->partitions.admitRead(r->partitions.find(key->hash), now))
        return throttled(ctx, table, *r, Direction::Read, capacity::LimitType::KeyRangeThroughputExceeded, key, index);
    return Status::success();
}

Status admitWrite(OpContext& ctx, TableSchema& table, const KeyRef& key) {
    noteTouched(ctx, table);
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return Status::success();
    const std::int64_t now = callNow(ctx);
    ResourceMonitor& r = m->table();
    if (enforced(ctx, r)) {
        if (!r.capacity.admit(Direction::Write, now))
            return throttled(ctx, table, r, Direction::Write, resourceLimit(r), &key, false);
        if (observing(ctx) && !r.partitions.admitWrite(r.partitions.find(key.hash), now))
            return throttled(ctx, table, r, Direction::Write, capacity::LimitType::KeyRangeThroughputExceeded, &key,
                             false);
    }
    // A GSI without write capacity throttles the base write (back-pressure),
    // which Contributor Insights does not attribute to keys.
    for (const auto& g : m->globalIndexes())
        if (enforced(ctx, *g) && !g->capacity.admit(Direction::Write, now))
            return throttled(ctx, table, *g, Direction::Write, resourceLimit(*g), nullptr, true);
    return Status::success();
}

void chargeRead(OpContext& ctx, TableSchema& table, const indexes::IndexSchema* globalIndex, const KeyRef* key,
                double units) {
    noteTouched(ctx, table);
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return;
    ResourceMonitor* r = resourceOf(*m, globalIndex);
    if (!r) return;
    r->capacity.consume(Direction::Read, units, callNow(ctx));
    if (observing(ctx)) observeAccess(ctx, *r, key, units, 0);
}

void chargeWrite(OpContext& ctx, TableSchema& table, const KeyRef& key, double units) {
    noteTouched(ctx, table);
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return;
    ResourceMonitor& r = m->table();
    r.capacity.consume(Direction::Write, units, callNow(ctx));
    if (observing(ctx)) observeAccess(ctx, r, &key, 0, units);
}

void chargeIndexWrite(OpContext& ctx, TableSchema& table, const indexes::IndexSchema& index, const KeyRef& key,
                      double units, std::int64_t items, std::int64_t bytes) {
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return;
    ResourceMonitor* r = m->globalIndex(index.name());
    if (!r) return;
    r->capacity.consume(Direction::Write, units, callNow(ctx));
    if (!observing(ctx)) return;
    observeAccess(ctx, *r, &key, 0, units);
    if (items != 0 || bytes != 0) r->partitions.addItems(r->partitions.find(key.hash), items, bytes);
}

void chargeIndexResponse(OpContext& ctx, TableSchema& table, const indexes::IndexSchema& index, const KeyRef* key,
                         nlohmann::json& response, CapacityDetail detail) {
    CapacityBreakdown units;
    if (response.contains("ConsumedCapacity")) {
        const nlohmann::json& consumed = response["ConsumedCapacity"];
        if (consumed.contains("Table")) units.table = consumed["Table"].value("CapacityUnits", 0.0);
        const char* member = index.isGlobal() ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes";
        double indexUnits = 0;
        if (consumed.contains(member) && consumed[member].contains(index.name()))
            indexUnits = consumed[member][index.name()].value("CapacityUnits", 0.0);
        (index.isGlobal() ? units.globalIndexes : units.localIndexes)[index.name()] = indexUnits;
        if (index.isGlobal()) {
            chargeRead(ctx, table, &index, key, indexUnits);
        } else {
            // LSIs share the table's capacity and partitions.
            chargeRead(ctx, table, nullptr, key, units.table + indexUnits);
        }
    }
    if (detail == CapacityDetail::None) response.erase("ConsumedCapacity");
    else response["ConsumedCapacity"] = consumedCapacityJson(table.name(), units, detail);
}

std::int64_t indexPartitionHash(const AttributeValue& value) {
    return hashToStorage(partitionHash(encodeKeyValue(value)));
}

void itemsCommitted(OpContext& ctx, TableSchema& table, std::int64_t hash, std::int64_t items, std::int64_t bytes) {
    if (!observing(ctx)) return;
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return;
    auto& parts = m->table().partitions;
    parts.addItems(parts.find(hash), items, bytes);
    if (parts.splitPending()) ctx.call.splitPending = true;
}

void ttlDeleted(OpContext& ctx, TableSchema& table, std::int64_t count) {
    if (!observing(ctx) || count == 0) return;
    TableMonitor* m = monitorOf(ctx, table);
    if (!m) return;
    m->table().metrics.record(Metric::TimeToLiveDeletedItemCount, callNow(ctx), static_cast<double>(count));
    m->table().activeSinceTick = true;
}

}  // namespace shardscope::engine::observe
