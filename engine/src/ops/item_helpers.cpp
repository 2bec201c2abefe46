#include "ops/item_helpers.h"

#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"

namespace shardscope::engine::ops {

WriteParams readWriteParams(wire::RequestReader& reader) {
    WriteParams p;
    p.tableName = reader.string("TableName");
    reader.tableName("TableName", p.tableName, true);
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    p.capacity = capacityDetail(rcc);
    p.returnValues = reader.string("ReturnValues");
    reader.enumValue("ReturnValues", p.returnValues, {"ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"});
    const std::string* ricm = reader.string("ReturnItemCollectionMetrics");
    reader.enumValue("ReturnItemCollectionMetrics", ricm, {"SIZE", "NONE"});
    const std::string* onFailure = reader.string("ReturnValuesOnConditionCheckFailure");
    reader.enumValue("ReturnValuesOnConditionCheckFailure", onFailure, {"ALL_OLD", "NONE"});
    p.returnOldOnConditionFailure = onFailure && *onFailure == "ALL_OLD";
    const std::string* conditionalOperator = reader.string("ConditionalOperator");
    reader.enumValue("ConditionalOperator", conditionalOperator, {"AND", "OR"});
    return p;
}

Status onlyAllOldOrNone(const std::string* returnValues) {
    if (returnValues && *returnValues != "ALL_OLD" && *returnValues != "NONE")
        return ApiError::validation("ReturnValues can only be ALL_OLD or NONE");
    return Status::success();
}

ApiError conditionFailed(const std::optional<Item>& old, bool returnOld) {
    nlohmann::json extra;
    if (returnOld && old) extra = {{"Item", toJson(*old)}};
    return ApiError::conditionalCheckFailed(std::move(extra));
}

Result<std::optional<Item>> decodeRow(const std::optional<storage::StoredItem>& row) {
    if (!row) return std::optional<Item>();
    auto item = decodeItem(row->data);
    if (!item.ok()) return std::move(item).error();
    return std::optional<Item>(std::move(*item));
}

void addCapacity(nlohmann::json& response, const std::string& table, double units, CapacityDetail detail) {
    if (detail != CapacityDetail::None) response["ConsumedCapacity"] = consumedCapacityJson(table, units, detail);
}

bool conditionHolds(const std::optional<expr::ParsedCondition>& condition, const std::optional<Item>& item) {
    if (!condition) return true;
    static const Item kEmpty;
    return expr::evaluate(*condition, item ? *item : kEmpty);
}

}  // namespace shardscope::engine::ops
