// Pieces shared by the item operations, batches and transactions.
//
// Thread-safety: pure functions, or used under the engine's lock.
#pragma once

#include "engine_impl.h"
#include "expr/expressions.h"
#include "ops/consumed_capacity.h"
#include "wire/request_reader.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace shardscope::engine::ops {

// The parameters common to the single-item writes.
struct WriteParams {
    const std::string* tableName = nullptr;
    const std::string* returnValues = nullptr;
    bool returnOldOnConditionFailure = false;
    CapacityDetail capacity = CapacityDetail::None;
};

// Reads TableName, ReturnValues, ReturnValuesOnConditionCheckFailure,
// ReturnConsumedCapacity, ReturnItemCollectionMetrics and ConditionalOperator.
WriteParams readWriteParams(wire::RequestReader& reader);

// "ReturnValues can only be ALL_OLD or NONE" for PutItem and DeleteItem.
Status onlyAllOldOrNone(const std::string* returnValues);

// The ConditionalCheckFailedException, with the old item when asked for.
ApiError conditionFailed(const std::optional<Item>& old, bool returnOld);

// Decodes a stored row (nullopt stays nullopt).
Result<std::optional<Item>> decodeRow(const std::optional<storage::StoredItem>& row);

// Adds "ConsumedCapacity" to a response when asked for.
void addCapacity(nlohmann::json& response, const std::string& table, double units, CapacityDetail detail);

// Whether `condition` (if any) holds for `item` (a missing item is empty).
bool conditionHolds(const std::optional<expr::ParsedCondition>& condition, const std::optional<Item>& item);

}  // namespace shardscope::engine::ops
