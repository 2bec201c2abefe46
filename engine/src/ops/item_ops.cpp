#include "ops/item_ops.h"

#include "indexes/index_write_checks.h"
#include "observe/throughput.h"
#include "ops/item_helpers.h"
#include "ops/item_writer.h"
#include "ops/request_expressions.h"
#include "ops/table_ops.h"
#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;

const ExpressionSpec kConditionalWriteSpec{
    {"Expected", "ConditionalOperator"}, {"ConditionExpression"}, "ConditionExpression is null", {"ConditionExpression"}};
const ExpressionSpec kUpdateSpec{{"AttributeUpdates", "Expected", "ConditionalOperator"},
                                 {"UpdateExpression", "ConditionExpression"},
                                 "UpdateExpression and ConditionExpression are null",
                                 {"UpdateExpression", "ConditionExpression"}};
const ExpressionSpec kGetSpec{{"AttributesToGet"}, {"ProjectionExpression"}, "", {}};

// The write condition of a request: ConditionExpression or legacy Expected.
Result<std::optional<expr::ParsedCondition>> writeCondition(RequestExpressions& expressions) {
    if (expressions.has("ConditionExpression"))
        return expressions.condition("ConditionExpression", expr::ExpressionKind::Condition);
    return expressions.legacyCondition("Expected", false);
}

// PutItem and DeleteItem read the same shape: the item or key, a condition,
// and ReturnValues limited to ALL_OLD or NONE.
struct ConditionalWrite {
    WriteParams params;
    Item value;
    std::optional<expr::ParsedCondition> condition;
};

Result<ConditionalWrite> readConditionalWrite(const json& request, const char* valueMember) {
    wire::RequestReader reader(request);
    ConditionalWrite out;
    out.params = readWriteParams(reader);
    const json* valueJson = reader.object(valueMember);
    reader.required(valueMember, valueJson != nullptr);
    SHARDSCOPE_TRY(reader.status());
    auto value = itemFromJson(*valueJson);
    if (!value.ok()) return std::move(value).error();
    out.value = std::move(*value);
    auto expressions = RequestExpressions::open(request, kConditionalWriteSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    auto condition = writeCondition(**expressions);
    if (!condition.ok()) return std::move(condition).error();
    out.condition = std::move(*condition);
    SHARDSCOPE_TRY((*expressions)->finish());
    SHARDSCOPE_TRY(onlyAllOldOrNone(out.params.returnValues));
    return out;
}

// Charges the write to the table's capacity, then adds ConsumedCapacity
// (the base write plus the call's index writes) and, for tables with LSIs,
// ItemCollectionMetrics when ReturnItemCollectionMetrics is SIZE.
// `keyValues` holds the item's key attributes.
Status addWriteResults(OpContext& ctx, json& response, const json& request, TableSchema& table,
                       double tableUnits, CapacityDetail detail, const Item& keyValues, const storage::StoredKey& key) {
    observe::chargeWrite(ctx, table, observe::keyRef(key), tableUnits);
    if (detail != CapacityDetail::None)
        response["ConsumedCapacity"] =
            consumedCapacityJson(table.name(), ctx.indexState.capacity(table.name(), tableUnits), detail);
    if (!table.hasLocalIndexes() || request.value("ReturnItemCollectionMetrics", "") != "SIZE")
        return Status::success();
    const AttributeValue* hash = keyValues.find(table.hashKey().name);
    if (!hash) return Status::success();
    auto metrics = indexes::itemCollectionMetrics(ctx, table, *hash, key);
    if (!metrics.ok()) return std::move(metrics).error();
    response["ItemCollectionMetrics"] = std::move(*metrics);
    return Status::success();
}

}  // namespace

Result<json> putItem(OpContext& ctx, const json& request) {
    auto parsed = readConditionalWrite(request, "Item");
    if (!parsed.ok()) return std::move(parsed).error();
    const WriteParams& params = parsed->params;
    Item* item = &parsed->value;
    const std::optional<expr::ParsedCondition>* condition = &parsed->condition;
    const std::size_t size = itemSize(*item);
    if (size > kMaxItemSize) return ApiError::validation("Item size has exceeded the maximum allowed size");

    TableSchema* table = resolveTable(ctx, *params.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto key = table->keyOfItem(*item);
    if (!key.ok()) return std::move(key).error();
    SHARDSCOPE_TRY(indexes::checkIndexWrite(*table, *item));
    SHARDSCOPE_TRY(observe::admitWrite(ctx, *table, observe::keyRef(*key)));

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    auto row = writer.read(*table, *key);
    if (!row.ok()) return std::move(row).error();
    const bool needOld = *condition || (params.returnValues && *params.returnValues == "ALL_OLD");
    std::optional<Item> old;
    if (needOld) {
        auto decoded = decodeRow(*row);
        if (!decoded.ok()) return std::move(decoded).error();
        old = std::move(*decoded);
    }
    if (!conditionHolds(*condition, old)) {
        // A failed condition still costs the write it would have been.
        observe::chargeWrite(ctx, *table, observe::keyRef(*key), *row ? writeUnits(size) : 1.0);
        return conditionFailed(old, params.returnOldOnConditionFailure);
    }
    SHARDSCOPE_TRY(writer.write(*table, *key, *item, size, *row));
    SHARDSCOPE_TRY(writer.commit());

    json response = json::object();
    if (old && params.returnValues && *params.returnValues == "ALL_OLD") response["Attributes"] = toJson(*old);
    const std::size_t oldSize = *row ? static_cast<std::size_t>((*row)->size) : 0;
    SHARDSCOPE_TRY(addWriteResults(ctx, response, request, *table, writeUnits(std::max(size, oldSize)), params.capacity,
                                   *item, *key));
    return response;
}

Result<json> getItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* tableName = reader.string("TableName");
    reader.tableName("TableName", tableName, true);
    const json* keyJson = reader.object("Key");
    reader.required("Key", keyJson != nullptr);
    const auto consistent = reader.boolean("ConsistentRead");
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    SHARDSCOPE_TRY(reader.status());
    auto key = itemFromJson(*keyJson);
    if (!key.ok()) return std::move(key).error();
    auto expressions = RequestExpressions::open(request, kGetSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    auto projection = (*expressions)->projection();
    if (!projection.ok()) return std::move(projection).error();
    SHARDSCOPE_TRY((*expressions)->finish());

    TableSchema* table = resolveTable(ctx, *tableName);
    if (!table) return ApiError::resourceNotFound();
    auto stored = table->keyOfKey(*key);
    if (!stored.ok()) return std::move(stored).error();
    const observe::KeyRef keyRef = observe::keyRef(*stored);
    SHARDSCOPE_TRY(observe::admitRead(ctx, *table, nullptr, &keyRef));
    auto row = ctx.engine.items->get(table->id(), *stored);
    if (!row.ok()) return std::move(row).error();

    json response = json::object();
    std::size_t size = 0;
    if (*row) {
        size = static_cast<std::size_t>((*row)->size);
        if (*projection) {
            auto item = decodeRow(*row);
            if (!item.ok()) return std::move(item).error();
            response["Item"] = toJson(expr::project(**projection, **item));
        } else {
            // The whole item: straight from its encoding to JSON.
            auto item = decodeItemToJson((*row)->data);
            if (!item.ok()) return std::move(item).error();
            response["Item"] = std::move(*item);
        }
    }
    const double units = readUnits(size, consistent.value_or(false));
    observe::chargeRead(ctx, *table, nullptr, &keyRef, units);
    addCapacity(response, table->name(), units, capacityDetail(rcc));
    return response;
}

Result<json> updateItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const WriteParams params = readWriteParams(reader);
    const json* keyJson = reader.object("Key");
    reader.required("Key", keyJson != nullptr);
    SHARDSCOPE_TRY(reader.status());
    auto key = itemFromJson(*keyJson);
    if (!key.ok()) return std::move(key).error();
    auto expressions = RequestExpressions::open(request, kUpdateSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    auto update = (*expressions)->update();
    if (!update.ok()) return std::move(update).error();
    auto condition = writeCondition(**expressions);
    if (!condition.ok()) return std::move(condition).error();
    SHARDSCOPE_TRY((*expressions)->finish());

    TableSchema* table = resolveTable(ctx, *params.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto stored = table->keyOfKey(*key);
    if (!stored.ok()) return std::move(stored).error();
    if (*update) SHARDSCOPE_TRY(expr::checkKeyAttributesNotUpdated(**update, table->keyNames()));
    SHARDSCOPE_TRY(observe::admitWrite(ctx, *table, observe::keyRef(*stored)));

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    auto row = writer.read(*table, *stored);
    if (!row.ok()) return std::move(row).error();
    auto old = decodeRow(*row);
    if (!old.ok()) return std::move(old).error();
    if (!conditionHolds(*condition, *old)) {
        observe::chargeWrite(ctx, *table, observe::keyRef(*stored), writeUnits(*row ? static_cast<std::size_t>((*row)->size) : 0));
        return conditionFailed(*old, params.returnOldOnConditionFailure);
    }

    Item newItem = *old ? **old : *key;
    std::vector<expr::DocumentPath> updatedPaths;
    if (*update) {
        auto outcome = expr::applyUpdate(**update, newItem, old->has_value());
        if (!outcome.ok()) return std::move(outcome).error();
        newItem = std::move(outcome->item);
        updatedPaths = std::move(outcome->updatedPaths);
    }
    if (documentDepth(newItem) > kMaxNestingDepth)
        return ApiError::validation("Nesting Levels have exceeded supported limits");
    const std::size_t size = itemSize(newItem);
    if (size > kMaxItemSize) return ApiError::validation("Item size to update has exceeded the maximum allowed size");
    // Only REMOVE/DELETE actions on a missing item: nothing is created.
    const bool written = old->has_value() || !*update || expr::createsItem(**update);
    if (written) SHARDSCOPE_TRY(indexes::checkIndexWrite(*table, newItem, true));
    if (written) SHARDSCOPE_TRY(writer.write(*table, *stored, newItem, size, *row));
    SHARDSCOPE_TRY(writer.commit());

    json response = json::object();
    const std::string returnValues = params.returnValues ? *params.returnValues : "NONE";
    Item attributes;
    if (returnValues == "ALL_OLD" && *old) attributes = **old;
    else if (returnValues == "ALL_NEW" && written) attributes = newItem;
    else if (returnValues == "UPDATED_OLD" && *old) attributes = expr::projectPaths(**old, updatedPaths);
    else if (returnValues == "UPDATED_NEW" && written) attributes = expr::projectPaths(newItem, updatedPaths);
    if (!attributes.empty()) response["Attributes"] = toJson(attributes);
    const std::size_t oldSize = *row ? static_cast<std::size_t>((*row)->size) : 0;
    SHARDSCOPE_TRY(addWriteResults(ctx, response, request, *table, writeUnits(std::max(size, oldSize)), params.capacity,
                                   *key, *stored));
    return response;
}

Result<json> deleteItem(OpContext& ctx, const json& request) {
    auto parsed = readConditionalWrite(request, "Key");
    if (!parsed.ok()) return std::move(parsed).error();
    const WriteParams& params = parsed->params;
    const Item* key = &parsed->value;
    const std::optional<expr::ParsedCondition>* condition = &parsed->condition;

    TableSchema* table = resolveTable(ctx, *params.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto stored = table->keyOfKey(*key);
    if (!stored.ok()) return std::move(stored).error();
    SHARDSCOPE_TRY(observe::admitWrite(ctx, *table, observe::keyRef(*stored)));

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    auto row = writer.read(*table, *stored);
    if (!row.ok()) return std::move(row).error();
    auto old = decodeRow(*row);
    if (!old.ok()) return std::move(old).error();
    if (!conditionHolds(*condition, *old)) {
        observe::chargeWrite(ctx, *table, observe::keyRef(*stored), writeUnits(*row ? static_cast<std::size_t>((*row)->size) : 0));
        return conditionFailed(*old, params.returnOldOnConditionFailure);
    }
    if (*row) SHARDSCOPE_TRY(writer.remove(*table, *stored, **row));
    SHARDSCOPE_TRY(writer.commit());

    json response = json::object();
    if (*old && params.returnValues && *params.returnValues == "ALL_OLD") response["Attributes"] = toJson(**old);
    const std::size_t size = *row ? static_cast<std::size_t>((*row)->size) : 0;
    SHARDSCOPE_TRY(addWriteResults(ctx, response, request, *table, writeUnits(size), params.capacity, *key, *stored));
    return response;
}

}  // namespace shardscope::engine::ops
