#include "ops/consumed_capacity.h"

namespace shardscope::engine {

CapacityDetail capacityDetail(const std::string* value) {
    if (!value) return CapacityDetail::None;
    if (*value == "TOTAL") return CapacityDetail::Total;
    if (*value == "INDEXES") return CapacityDetail::Indexes;
    return CapacityDetail::None;
}

double readUnits(std::size_t bytes, bool consistent) {
    const std::size_t blocks = bytes == 0 ? 1 : (bytes + 4095) / 4096;
    return static_cast<double>(blocks) * (consistent ? 1.0 : 0.5);
}

double writeUnits(std::size_t bytes) {
    const std::size_t blocks = bytes == 0 ? 1 : (bytes + 1023) / 1024;
    return static_cast<double>(blocks);
}

nlohmann::json consumedCapacityJson(const std::string& tableName, double units, CapacityDetail detail) {
    if (detail == CapacityDetail::None) return nullptr;
    nlohmann::json out = {{"TableName", tableName}, {"CapacityUnits", units}};
    if (detail == CapacityDetail::Indexes) out["Table"] = {{"CapacityUnits", units}};
    return out;
}

nlohmann::json consumedCapacityList(const std::map<std::string, double>& unitsByTable, CapacityDetail detail) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [table, units] : unitsByTable) list.push_back(consumedCapacityJson(table, units, detail));
    return list;
}

double CapacityBreakdown::total() const {
    double sum = table;
    for (const auto& [name, units] : globalIndexes) sum += units;
    for (const auto& [name, units] : localIndexes) sum += units;
    return sum;
}

CapacityBreakdown& CapacityBreakdown::operator+=(const CapacityBreakdown& other) {
    table += other.table;
    for (const auto& [name, units] : other.globalIndexes) globalIndexes[name] += units;
    for (const auto& [name, units] : other.localIndexes) localIndexes[name] += units;
    return *this;
}

nlohmann::json consumedCapacityJson(const std::string& tableName, const CapacityBreakdown& units, CapacityDetail detail) {
    if (detail == CapacityDetail::None) return nullptr;
    nlohmann::json out = {{"TableName", tableName}, {"CapacityUnits", units.total()}};
    if (detail != CapacityDetail::Indexes) return out;
    out["Table"] = {{"CapacityUnits", units.table}};
    for (const auto& [member, map] : {std::pair{"GlobalSecondaryIndexes", &units.globalIndexes},
                                      std::pair{"LocalSecondaryIndexes", &units.localIndexes}}) {
        if (map->empty()) continue;
        nlohmann::json indexes = nlohmann::json::object();
        for (const auto& [name, value] : *map) indexes[name] = {{"CapacityUnits", value}};
        out[member] = std::move(indexes);
    }
    return out;
}

nlohmann::json consumedCapacityList(const std::map<std::string, CapacityBreakdown>& unitsByTable, CapacityDetail detail) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [table, units] : unitsByTable) list.push_back(consumedCapacityJson(table, units, detail));
    return list;
}

}  // namespace shardscope::engine
