// Table control-plane operations: CreateTable, DescribeTable, ListTables, DeleteTable.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"
#include "wire/request_reader.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> createTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> listTables(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> deleteTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> updateTable(OpContext& ctx, const nlohmann::json& request);

// Reads a ProvisionedThroughput structure's members into `reader`'s
// violations (both units required, each at least 1); `path` names it.
void readProvisionedThroughput(wire::RequestReader& reader, const nlohmann::json* throughput, const std::string& path);

// The table a control-plane request names (DescribeTable, DeleteTable,
// UpdateTable): its TableName validated with the control plane's rules, and
// "Requested resource not found: Table: <name> not found" when missing.
Result<TableSchema*> namedTable(OpContext& ctx, const nlohmann::json& request);

// Resolves a TableName parameter (a name or a table ARN) to an open table;
// null when there is none.
TableSchema* resolveTable(OpContext& ctx, const std::string& nameOrArn);

}  // namespace shardscope::engine::ops
