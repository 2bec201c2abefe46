#include "observe/table_monitor.h"

#include "partitions/partition_usage.h"

namespace shardscope::engine::observe {

CapacitySetting capacitySetting(const nlohmann::json& tableDescription, const nlohmann::json& resource) {
    CapacitySetting out;
    const bool onDemand = tableDescription.contains("BillingModeSummary") &&
                          tableDescription.at("BillingModeSummary").is_object() &&
                          tableDescription.at("BillingModeSummary").value("BillingMode", "") == "PAY_PER_REQUEST";
    out.onDemand = onDemand;
    if (!onDemand && resource.contains("ProvisionedThroughput") && resource.at("ProvisionedThroughput").is_object()) {
        const nlohmann::json& throughput = resource.at("ProvisionedThroughput");
        out.readUnits = throughput.value("ReadCapacityUnits", 0.0);
        out.writeUnits = throughput.value("WriteCapacityUnits", 0.0);
    }
    // A provisioned table always has some capacity; 0 would mean "never".
    if (!onDemand && (out.readUnits <= 0 || out.writeUnits <= 0)) out.onDemand = true;
    return out;
}

Result<std::unique_ptr<TableMonitor>> TableMonitor::build(Engine::Impl& engine, const TableSchema& table,
                                                          const MonitorSettings& settings, std::int64_t nowMillis) {
    std::unique_ptr<TableMonitor> m(new TableMonitor(settings));
    const nlohmann::json& d = table.description();
    const CapacitySetting c = capacitySetting(d, d);
    std::optional<AttributeType> skType;
    if (table.rangeKey()) skType = table.rangeKey()->type;
    m->m_table = std::make_unique<ResourceMonitor>("", engine.tableArn(table.name()), c.onDemand, c.readUnits,
                                                   c.writeUnits, table.hashKey().type, skType, settings, nowMillis);
    SHARDSCOPE_TRY(m->recount(engine, table, *m->m_table));
    if (d.contains("GlobalSecondaryIndexes") && d.at("GlobalSecondaryIndexes").is_array())
        for (const auto& g : d.at("GlobalSecondaryIndexes")) {
            auto r = m->makeIndexMonitor(engine, table, g, nowMillis);
            if (!r.ok()) return std::move(r).error();
            if (*r) m->m_globalIndexes.push_back(std::move(*r));
        }
    return m;
}

Result<std::unique_ptr<ResourceMonitor>> TableMonitor::makeIndexMonitor(Engine::Impl& engine, const TableSchema& table,
                                                                        const nlohmann::json& gsi,
                                                                        std::int64_t nowMillis) {
    const std::string name = gsi.value("IndexName", "");
    const indexes::IndexSchema* index = table.findIndex(name);
    if (!index || !index->isGlobal()) return std::unique_ptr<ResourceMonitor>();
    const CapacitySetting c = capacitySetting(table.description(), gsi);
    std::optional<AttributeType> skType;
    if (index->rangeKey()) skType = index->rangeKey()->type;
    auto r = std::make_unique<ResourceMonitor>(name, engine.tableArn(table.name()) + "/index/" + name, c.onDemand,
                                               c.readUnits, c.writeUnits, index->hashKey().type, skType, m_settings,
                                               nowMillis);
    SHARDSCOPE_TRY(recount(engine, table, *r));
    return r;
}

ResourceMonitor* TableMonitor::globalIndex(std::string_view name) {
    for (auto& g : m_globalIndexes)
        if (g->indexName == name) return g.get();
    return nullptr;
}

metrics::MetricSet& TableMonitor::operation(std::size_t i) {
    if (!m_operations[i]) m_operations[i] = std::make_unique<metrics::MetricSet>(m_settings.secondsKept, m_settings.minutesKept);
    return *m_operations[i];
}

Status TableMonitor::recount(Engine::Impl& engine, const TableSchema& table, ResourceMonitor& r) {
    const std::string* index = r.indexName.empty() ? nullptr : &r.indexName;
    for (std::size_t i = 0; i < r.partitions.size(); ++i) {
        auto usage = partitions::rangeUsage(*engine.db, table.id(), index, r.partitions.at(i).low,
                                            r.partitions.highInclusive(i));
        if (!usage.ok()) return std::move(usage).error();
        r.partitions.at(i).itemCount = usage->itemCount;
        r.partitions.at(i).sizeBytes = usage->sizeBytes;
    }
    return Status::success();
}

Result<bool> TableMonitor::resync(Engine::Impl& engine, const TableSchema& table, std::int64_t nowMillis) {
    bool changed = false;
    const nlohmann::json& d = table.description();
    auto apply = [&](ResourceMonitor& r, const CapacitySetting& c) -> Status {
        auto& cap = r.capacity;
        if (cap.onDemand() == c.onDemand && cap.provisioned(capacity::Direction::Read) == c.readUnits &&
            cap.provisioned(capacity::Direction::Write) == c.writeUnits)
            return Status::success();
        changed = true;
        cap.reconfigure(c.onDemand, c.readUnits, c.writeUnits, nowMillis);
        const auto wanted = static_cast<std::size_t>(
            ResourceMonitor::partitionsFor(c.onDemand, c.readUnits, c.writeUnits, r.partitions.limits()));
        if (wanted > r.partitions.size()) {
            r.partitions.ensureCount(wanted, nowMillis);
            SHARDSCOPE_TRY(recount(engine, table, r));
        }
        return Status::success();
    };
    SHARDSCOPE_TRY(apply(*m_table, capacitySetting(d, d)));
    std::vector<std::unique_ptr<ResourceMonitor>> kept;
    if (d.contains("GlobalSecondaryIndexes") && d.at("GlobalSecondaryIndexes").is_array())
        for (const auto& g : d.at("GlobalSecondaryIndexes")) {
            const std::string name = g.value("IndexName", "");
            auto it = std::find_if(m_globalIndexes.begin(), m_globalIndexes.end(),
                                   [&](const auto& r) { return r && r->indexName == name; });
            if (it != m_globalIndexes.end()) {
                SHARDSCOPE_TRY(apply(**it, capacitySetting(d, g)));
                kept.push_back(std::move(*it));
                continue;
            }
            auto r = makeIndexMonitor(engine, table, g, nowMillis);
            if (!r.ok()) return std::move(r).error();
            if (*r) {
                kept.push_back(std::move(*r));
                changed = true;
            }
        }
    if (kept.size() != m_globalIndexes.size()) changed = true;
    m_globalIndexes = std::move(kept);
    return changed;
}

}  // namespace shardscope::engine::observe
