// Capacity units as DynamoDB computes them, and the ConsumedCapacity shape.
//
// Reads cost one unit per started 4 KB (half for eventually consistent
// reads, double in transactions); writes one unit per started 1 KB. A read
// of a missing item or a write that touches nothing still costs the minimum.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <string>

namespace shardscope::engine {

enum class CapacityDetail { None, Total, Indexes };

// From the ReturnConsumedCapacity parameter (already enum-validated).
CapacityDetail capacityDetail(const std::string* returnConsumedCapacity);

double readUnits(std::size_t bytes, bool consistent);
double writeUnits(std::size_t bytes);

// {"TableName": t, "CapacityUnits": u} (+ "Table" for INDEXES); null for None.
nlohmann::json consumedCapacityJson(const std::string& tableName, double units, CapacityDetail detail);

// The list form batches and transactions return: one entry per table.
nlohmann::json consumedCapacityList(const std::map<std::string, double>& unitsByTable, CapacityDetail detail);

// Units split between a table and its secondary indexes (by index name).
struct CapacityBreakdown {
    double table = 0;
    std::map<std::string, double> globalIndexes;
    std::map<std::string, double> localIndexes;

    double total() const;
    CapacityBreakdown& operator+=(const CapacityBreakdown& other);
};

// TOTAL: {"TableName", "CapacityUnits": total}; INDEXES adds "Table" and the
// non-empty "GlobalSecondaryIndexes" / "LocalSecondaryIndexes" maps of
// {"CapacityUnits"}; null for None.
nlohmann::json consumedCapacityJson(const std::string& tableName, const CapacityBreakdown& units, CapacityDetail detail);
nlohmann::json consumedCapacityList(const std::map<std::string, CapacityBreakdown>& unitsByTable, CapacityDetail detail);

}  // namespace shardscope::engine
