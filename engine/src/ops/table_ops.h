// Table control-plane operations: CreateTable, DescribeTable, ListTables, DeleteTable.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> createTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> listTables(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> deleteTable(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> updateTable(OpContext& ctx, const nlohmann::json& request);

// Resolves a TableName parameter (a name or a table ARN) to an open table;
// null when there is none.
TableSchema* resolveTable(OpContext& ctx, const std::string& nameOrArn);

}  // namespace shardscope::engine::ops
