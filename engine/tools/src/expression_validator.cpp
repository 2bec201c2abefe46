// Runs the engine's expression pipeline on expression text. The request-level
// checks reuse the engine's RequestExpressions with the ExpressionSpecs the
// operations use for expression parameters (legacy parameters never reach
// here: the workbench builds expression requests only).
#include "shardscope/tools/expression_validator.h"

#include "expr/expressions.h"
#include "ops/request_expressions.h"
#include "shardscope/engine/json_codec.h"

namespace shardscope::tools {
namespace {

namespace eng = shardscope::engine;
namespace ex = shardscope::engine::expr;
using nlohmann::json;

ValidationError toError(const eng::ApiError& error) {
    return {std::string(error.name()), error.message()};
}

ex::ExpressionKind engineKind(ExpressionKind kind) {
    switch (kind) {
        case ExpressionKind::Condition:
            return ex::ExpressionKind::Condition;
        case ExpressionKind::Filter:
            return ex::ExpressionKind::Filter;
        case ExpressionKind::KeyCondition:
            return ex::ExpressionKind::KeyCondition;
        case ExpressionKind::Update:
            return ex::ExpressionKind::Update;
        case ExpressionKind::Projection:
            return ex::ExpressionKind::Projection;
    }
    return ex::ExpressionKind::Condition;
}

eng::AttributeType keyType(const std::string& type) {
    if (type == "N") return eng::AttributeType::N;
    if (type == "B") return eng::AttributeType::B;
    return eng::AttributeType::S;
}

// The specs of engine/src/ops (item_ops.cpp, query_scan.cpp, transact_ops.cpp), expression members only.
const eng::ExpressionSpec kGetSpec{{}, {"ProjectionExpression"}, "", {}};
const eng::ExpressionSpec kConditionalWriteSpec{
    {}, {"ConditionExpression"}, "ConditionExpression is null", {"ConditionExpression"}};
const eng::ExpressionSpec kUpdateSpec{{},
                                      {"UpdateExpression", "ConditionExpression"},
                                      "UpdateExpression and ConditionExpression are null",
                                      {"UpdateExpression", "ConditionExpression"}};
const eng::ExpressionSpec kQuerySpec{{},
                                     {"ProjectionExpression", "FilterExpression", "KeyConditionExpression"},
                                     "FilterExpression and KeyConditionExpression are null",
                                     {"FilterExpression", "KeyConditionExpression"}};
const eng::ExpressionSpec kScanSpec{
    {}, {"ProjectionExpression", "FilterExpression"}, "FilterExpression is null", {"FilterExpression"}};

template <typename T>
std::optional<ValidationError> failure(const eng::Result<T>& result) {
    if (result.ok()) return std::nullopt;
    return toError(result.error());
}

std::optional<ValidationError> failure(const eng::Status& status) {
    if (status.ok()) return std::nullopt;
    return toError(status.error());
}

// One request body of the given shape, in the engine's order.
std::optional<ValidationError> checkBody(const json& body, std::string_view shape, const KeySchemaInfo* keys) {
    const eng::ExpressionSpec* spec = &kGetSpec;
    if (shape == "Put" || shape == "Delete" || shape == "ConditionCheck")
        spec = &kConditionalWriteSpec;
    else if (shape == "Update")
        spec = &kUpdateSpec;
    else if (shape == "Query")
        spec = &kQuerySpec;
    else if (shape == "Scan")
        spec = &kScanSpec;
    auto opened = eng::RequestExpressions::open(body, *spec);
    if (auto e = failure(opened)) return e;
    eng::RequestExpressions& request = **opened;

    if (shape == "Update") {
        auto update = request.update();
        if (auto e = failure(update)) return e;
    }
    std::optional<ex::ParsedCondition> filter;
    if (shape == "Query" || shape == "Scan") {
        auto parsed = request.condition("FilterExpression", ex::ExpressionKind::Filter);
        if (auto e = failure(parsed)) return e;
        filter = std::move(*parsed);
    } else if (spec == &kConditionalWriteSpec || spec == &kUpdateSpec) {
        auto condition = request.condition("ConditionExpression", ex::ExpressionKind::Condition);
        if (auto e = failure(condition)) return e;
    }
    if (spec == &kGetSpec || shape == "Query" || shape == "Scan") {
        auto projection = request.projection();
        if (auto e = failure(projection)) return e;
    }
    std::optional<ex::ParsedCondition> keyCondition;
    if (shape == "Query") {
        auto parsed = request.condition("KeyConditionExpression", ex::ExpressionKind::KeyCondition);
        if (auto e = failure(parsed)) return e;
        keyCondition = std::move(*parsed);
    }
    if (auto e = failure(request.finish())) return e;

    if (shape == "Query" && keys && !keys->partitionKey.empty()) {
        ex::KeySchemaNames names{keys->partitionKey, keyType(keys->partitionType), keys->sortKey,
                                 keyType(keys->sortType)};
        // A request without a key condition is the engine's to reject when it runs.
        if (keyCondition)
            if (auto e = failure(ex::toKeyCondition(*keyCondition, names))) return e;
        if (filter)
            if (auto e = failure(ex::checkFilterAvoidsKeys(*filter, names))) return e;
    }
    return std::nullopt;
}

}  // namespace

std::optional<ValidationError> validateExpression(ExpressionKind kind, std::string_view text, const json& names,
                                                  const json& values) {
    ex::NameMap nameMap;
    eng::AttributeMap valueMap;
    if (!names.is_null()) {
        if (!names.is_object())
            return ValidationError{"SerializationException", "ExpressionAttributeNames must be a map"};
        for (auto it = names.begin(); it != names.end(); ++it) {
            if (!it.value().is_string())
                return ValidationError{"SerializationException", "ExpressionAttributeNames values must be strings"};
            nameMap.emplace(it.key(), it.value().get<std::string>());
        }
    }
    if (!values.is_null()) {
        if (!values.is_object())
            return ValidationError{"SerializationException", "ExpressionAttributeValues must be a map"};
        for (auto it = values.begin(); it != values.end(); ++it) {
            auto value = eng::attributeValueFromJson(it.value());
            if (!value.ok()) {
                if (value.error().code() != eng::ErrorCode::Validation) return toError(value.error());
                return ValidationError{"ValidationException", "ExpressionAttributeValues contains invalid value: " +
                                                                  value.error().message() + " for key " + it.key()};
            }
            valueMap.set(it.key(), std::move(*value));
        }
    }
    ex::ExpressionContext context(names.is_null() ? nullptr : &nameMap, values.is_null() ? nullptr : &valueMap);
    if (auto e = failure(context.validateDeclarations())) return e;
    switch (kind) {
        case ExpressionKind::Update:
            return failure(ex::parseUpdate(text, context));
        case ExpressionKind::Projection:
            return failure(ex::parseProjection(text, context));
        default:
            return failure(ex::parseCondition(text, engineKind(kind), context));
    }
}

std::optional<ValidationError> validateRequestExpressions(std::string_view operation, const json& request,
                                                          const KeySchemaInfo* keys) {
    if (!request.is_object())
        return ValidationError{"SerializationException", "Start of structure or map found where not expected."};
    if (operation == "TransactGetItems" || operation == "TransactWriteItems") {
        auto items = request.find("TransactItems");
        if (items == request.end() || !items->is_array()) return std::nullopt;
        for (const json& item : *items) {
            if (!item.is_object()) continue;
            for (auto it = item.begin(); it != item.end(); ++it)
                if (auto e = checkBody(it.value(), it.key(), nullptr)) return e;
        }
        return std::nullopt;
    }
    std::string_view shape = "Get";
    if (operation == "PutItem")
        shape = "Put";
    else if (operation == "DeleteItem")
        shape = "Delete";
    else if (operation == "UpdateItem")
        shape = "Update";
    else if (operation == "Query")
        shape = "Query";
    else if (operation == "Scan")
        shape = "Scan";
    return checkBody(request, shape, keys);
}

}  // namespace shardscope::tools
