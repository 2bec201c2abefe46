// TableMonitor: the model of one table — its own ResourceMonitor, one per
// GSI (LSIs share the table's capacity and partitions), and the metrics of
// each data-plane operation on it.
//
// A TableSchema owns its monitor (TableSchema::monitor), so the monitor
// lives and dies with the open table. It is built on first use from the
// table's description and what storage holds (partition item counts), and
// brought in line again after UpdateTable (resync()).
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "engine_impl.h"
#include "metrics/metric_names.h"
#include "observe/resource_monitor.h"

#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace shardscope::engine::observe {

class TableMonitor {
public:
    static Result<std::unique_ptr<TableMonitor>> build(Engine::Impl& engine, const TableSchema& table,
                                                       const MonitorSettings& settings, std::int64_t nowMillis);

    ResourceMonitor& table() { return *m_table; }
    const ResourceMonitor& table() const { return *m_table; }
    const std::vector<std::unique_ptr<ResourceMonitor>>& globalIndexes() const { return m_globalIndexes; }
    ResourceMonitor* globalIndex(std::string_view name);
    // The metrics of operation `i` (metrics::kOperations) on this table.
    metrics::MetricSet& operation(std::size_t i);
    const metrics::MetricSet* operationIfAny(std::size_t i) const { return m_operations[i].get(); }

    // Capacity modes and units, and the GSI list, from the description.
    // Returns whether anything changed.
    Result<bool> resync(Engine::Impl& engine, const TableSchema& table, std::int64_t nowMillis);

    // Counts what storage holds in every partition of `r` again.
    Status recount(Engine::Impl& engine, const TableSchema& table, ResourceMonitor& r);

private:
    TableMonitor(const MonitorSettings& settings) : m_settings(settings) {}
    Result<std::unique_ptr<ResourceMonitor>> makeIndexMonitor(Engine::Impl& engine, const TableSchema& table,
                                                              const nlohmann::json& gsi, std::int64_t nowMillis);

    MonitorSettings m_settings;
    std::unique_ptr<ResourceMonitor> m_table;
    std::vector<std::unique_ptr<ResourceMonitor>> m_globalIndexes;
    std::array<std::unique_ptr<metrics::MetricSet>, metrics::kOperations.size()> m_operations{};
};

// Billing mode and provisioned units of a description (table or GSI element).
struct CapacitySetting {
    bool onDemand = true;
    double readUnits = 0;
    double writeUnits = 0;
};
CapacitySetting capacitySetting(const nlohmann::json& tableDescription, const nlohmann::json& resource);

}  // namespace shardscope::engine::observe
