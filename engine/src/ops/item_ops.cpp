#include "ops/item_ops.h"

#include "ops/consumed_capacity.h"
#include "ops/item_writer.h"
#include "ops/table_ops.h"
#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;

// Parameters the expression pipeline will serve; until then they are refused
// loudly rather than ignored.
Status refuseUnsupported(const json& request, std::initializer_list<const char*> members) {
    for (const char* m : members)
        if (request.contains(m) && !request[m].is_null())
            return ApiError::validation(std::string(m) + " is not supported by this engine yet");
    return Status::success();
}

struct Common {
    const std::string* tableName = nullptr;
    const std::string* returnValues = nullptr;
    CapacityDetail capacity = CapacityDetail::None;
};

Common readCommon(wire::RequestReader& reader, bool allowReturnValues) {
    Common c;
    c.tableName = reader.string("TableName");
    reader.tableName("TableName", c.tableName, true);
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    c.capacity = capacityDetail(rcc);
    if (allowReturnValues) {
        c.returnValues = reader.string("ReturnValues");
        reader.enumValue("ReturnValues", c.returnValues, {"ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"});
        const std::string* ricm = reader.string("ReturnItemCollectionMetrics");
        reader.enumValue("ReturnItemCollectionMetrics", ricm, {"SIZE", "NONE"});
    }
    return c;
}

Status onlyAllOldOrNone(const std::string* returnValues) {
    if (returnValues && *returnValues != "ALL_OLD" && *returnValues != "NONE")
        return ApiError::validation("ReturnValues can only be ALL_OLD or NONE");
    return Status::success();
}

void addCapacity(json& response, const std::string& table, double units, CapacityDetail detail) {
    if (detail != CapacityDetail::None) response["ConsumedCapacity"] = consumedCapacityJson(table, units, detail);
}

}  // namespace

Result<json> putItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const Common common = readCommon(reader, true);
    const json* itemJson = reader.object("Item");
    reader.required("Item", itemJson != nullptr);
    SHARDSCOPE_TRY(reader.status());
    SHARDSCOPE_TRY(refuseUnsupported(request, {"ConditionExpression", "Expected", "ExpressionAttributeNames",
                                               "ExpressionAttributeValues", "ConditionalOperator"}));
    auto item = itemFromJson(*itemJson);
    if (!item.ok()) return std::move(item).error();
    SHARDSCOPE_TRY(onlyAllOldOrNone(common.returnValues));
    const std::size_t size = itemSize(*item);
    if (size > kMaxItemSize) return ApiError::validation("Item size has exceeded the maximum allowed size");

    TableSchema* table = resolveTable(ctx, *common.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto key = table->keyOfItem(*item);
    if (!key.ok()) return std::move(key).error();

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    auto old = writer.read(*table, *key);
    if (!old.ok()) return std::move(old).error();
    SHARDSCOPE_TRY(writer.write(*table, *key, *item, size, *old));
    SHARDSCOPE_TRY(writer.commit());
    const std::int64_t oldSize = *old ? (*old)->size : 0;

    json response = json::object();
    if (*old && common.returnValues && *common.returnValues == "ALL_OLD") {
        auto oldItem = decodeItem((*old)->data);
        if (!oldItem.ok()) return std::move(oldItem).error();
        response["Attributes"] = toJson(*oldItem);
    }
    addCapacity(response, table->name(), writeUnits(std::max<std::size_t>(size, static_cast<std::size_t>(oldSize))),
                common.capacity);
    return response;
}

Result<json> getItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const Common common = readCommon(reader, false);
    const json* keyJson = reader.object("Key");
    reader.required("Key", keyJson != nullptr);
    const auto consistent = reader.boolean("ConsistentRead");
    SHARDSCOPE_TRY(reader.status());
    SHARDSCOPE_TRY(refuseUnsupported(request, {"ProjectionExpression", "AttributesToGet", "ExpressionAttributeNames"}));
    auto key = itemFromJson(*keyJson);
    if (!key.ok()) return std::move(key).error();

    auto& engine = ctx.engine;
    TableSchema* table = resolveTable(ctx, *common.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto stored = table->keyOfKey(*key);
    if (!stored.ok()) return std::move(stored).error();
    auto row = engine.items->get(table->id(), *stored);
    if (!row.ok()) return std::move(row).error();

    json response = json::object();
    std::size_t size = 0;
    if (*row) {
        auto item = decodeItem((*row)->data);
        if (!item.ok()) return std::move(item).error();
        size = static_cast<std::size_t>((*row)->size);
        response["Item"] = toJson(*item);
    }
    addCapacity(response, table->name(), readUnits(size, consistent.value_or(false)), common.capacity);
    return response;
}

Result<json> deleteItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const Common common = readCommon(reader, true);
    const json* keyJson = reader.object("Key");
    reader.required("Key", keyJson != nullptr);
    SHARDSCOPE_TRY(reader.status());
    SHARDSCOPE_TRY(refuseUnsupported(request, {"ConditionExpression", "Expected", "ExpressionAttributeNames",
                                               "ExpressionAttributeValues", "ConditionalOperator"}));
    auto key = itemFromJson(*keyJson);
    if (!key.ok()) return std::move(key).error();
    SHARDSCOPE_TRY(onlyAllOldOrNone(common.returnValues));

    TableSchema* table = resolveTable(ctx, *common.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto stored = table->keyOfKey(*key);
    if (!stored.ok()) return std::move(stored).error();

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    auto old = writer.read(*table, *stored);
    if (!old.ok()) return std::move(old).error();
    if (*old) SHARDSCOPE_TRY(writer.remove(*table, *stored, **old));
    SHARDSCOPE_TRY(writer.commit());

    json response = json::object();
    std::size_t size = 0;
    if (*old) {
        size = static_cast<std::size_t>((*old)->size);
        if (common.returnValues && *common.returnValues == "ALL_OLD") {
            auto oldItem = decodeItem((*old)->data);
            if (!oldItem.ok()) return std::move(oldItem).error();
            response["Attributes"] = toJson(*oldItem);
        }
    }
    addCapacity(response, table->name(), writeUnits(size), common.capacity);
    return response;
}

}  // namespace shardscope::engine::ops
