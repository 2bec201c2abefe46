#include "shardscope/tools/operation_spec.h"

namespace shardscope::tools {
namespace {

using nlohmann::json;

json conditionRowsJson(const std::vector<ConditionRow>& rows) {
    json out = json::array();
    for (const ConditionRow& r : rows)
        out.push_back({{"attribute", r.attribute}, {"op", r.op}, {"value", r.value}, {"value2", r.value2}});
    return out;
}

std::vector<ConditionRow> conditionRowsFrom(const json& list) {
    std::vector<ConditionRow> rows;
    if (!list.is_array()) return rows;
    for (const json& r : list) {
        if (!r.is_object()) continue;
        rows.push_back(
            {r.value("attribute", ""), r.value("op", "="), r.value("value", json()), r.value("value2", json())});
    }
    return rows;
}

template <typename T>
T member(const json& object, const char* name, T fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(name);
    if (it == object.end()) return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        return fallback;  // a hand-edited file with a wrong type: keep the default
    }
}

void setIf(json& request, const char* name, const std::string& text) {
    if (!text.empty()) request[name] = text;
}

void addPlaceholders(json& request, const BuiltExpressions& built) {
    if (built.names.is_object() && !built.names.empty()) request["ExpressionAttributeNames"] = built.names;
    if (built.values.is_object() && !built.values.empty()) request["ExpressionAttributeValues"] = built.values;
}

// The body of one non-transactional operation, or of one transaction action
// (`inTransaction`: no ReturnValues/ReturnConsumedCapacity/ConsistentRead).
json buildBody(const OperationSpec& spec, bool inTransaction) {
    const BuiltExpressions built = buildExpressions(spec);
    const std::string& op = spec.operation;
    json request = {{"TableName", spec.tableName}};
    if (op == "PutItem") {
        json item = spec.item.is_object() ? spec.item : json::object();
        if (spec.key.is_object())
            for (auto it = spec.key.begin(); it != spec.key.end(); ++it) item[it.key()] = it.value();
        request["Item"] = std::move(item);
    } else if (op != "Query" && op != "Scan") {
        request["Key"] = spec.key.is_object() ? spec.key : json::object();
    }
    if (op == "Query" || op == "Scan") {
        setIf(request, "IndexName", spec.indexName);
        if (op == "Query") setIf(request, "KeyConditionExpression", built.keyCondition);
        setIf(request, "FilterExpression", built.condition);
    } else if (op != "GetItem") {
        setIf(request, "ConditionExpression", built.condition);
    }
    if (op == "UpdateItem") setIf(request, "UpdateExpression", built.update);
    if (op == "GetItem" || op == "Query" || op == "Scan") setIf(request, "ProjectionExpression", built.projection);
    addPlaceholders(request, built);
    if (inTransaction) return request;

    if (op == "Query" || op == "Scan") {
        if (spec.limit > 0) request["Limit"] = spec.limit;
        if (op == "Query" && !spec.scanIndexForward) request["ScanIndexForward"] = false;
    }
    if ((op == "GetItem" || op == "Query" || op == "Scan") && spec.consistentRead) request["ConsistentRead"] = true;
    if ((op == "PutItem" || op == "UpdateItem" || op == "DeleteItem") && !spec.returnValues.empty() &&
        spec.returnValues != "NONE")
        request["ReturnValues"] = spec.returnValues;
    if (!spec.returnConsumedCapacity.empty() && spec.returnConsumedCapacity != "NONE")
        request["ReturnConsumedCapacity"] = spec.returnConsumedCapacity;
    return request;
}

const char* transactMember(const std::string& operation) {
    if (operation == "GetItem") return "Get";
    if (operation == "PutItem") return "Put";
    if (operation == "UpdateItem") return "Update";
    if (operation == "DeleteItem") return "Delete";
    return "ConditionCheck";
}

}  // namespace

json OperationSpec::toJson() const {
    json out = {
        {"operation", operation},
        {"tableName", tableName},
        {"indexName", indexName},
        {"key", key},
        {"item", item},
        {"raw", raw},
        {"keyConditions", conditionRowsJson(keyConditions)},
        {"conditions", conditionRowsJson(conditions)},
        {"conditionJoin", conditionJoin},
        {"projection", projection},
        {"keyConditionExpression", keyConditionExpression},
        {"conditionExpression", conditionExpression},
        {"updateExpression", updateExpression},
        {"projectionExpression", projectionExpression},
        {"names", names},
        {"values", values},
        {"limit", limit},
        {"consistentRead", consistentRead},
        {"scanIndexForward", scanIndexForward},
        {"returnValues", returnValues},
        {"returnConsumedCapacity", returnConsumedCapacity},
    };
    json updateList = json::array();
    for (const UpdateRow& r : updates)
        updateList.push_back({{"action", r.action}, {"attribute", r.attribute}, {"value", r.value}});
    out["updates"] = std::move(updateList);
    json actions = json::array();
    for (const OperationSpec& action : transactItems) actions.push_back(action.toJson());
    out["transactItems"] = std::move(actions);
    return out;
}

OperationSpec OperationSpec::fromJson(const json& j) {
    OperationSpec s;
    s.operation = member<std::string>(j, "operation", s.operation);
    s.tableName = member<std::string>(j, "tableName", {});
    s.indexName = member<std::string>(j, "indexName", {});
    s.key = member<json>(j, "key", json::object());
    s.item = member<json>(j, "item", json::object());
    s.raw = member<bool>(j, "raw", false);
    s.keyConditions = conditionRowsFrom(member<json>(j, "keyConditions", json()));
    s.conditions = conditionRowsFrom(member<json>(j, "conditions", json()));
    s.conditionJoin = member<std::string>(j, "conditionJoin", "AND");
    s.projection = member<std::vector<std::string>>(j, "projection", {});
    s.keyConditionExpression = member<std::string>(j, "keyConditionExpression", {});
    s.conditionExpression = member<std::string>(j, "conditionExpression", {});
    s.updateExpression = member<std::string>(j, "updateExpression", {});
    s.projectionExpression = member<std::string>(j, "projectionExpression", {});
    s.names = member<json>(j, "names", json());
    s.values = member<json>(j, "values", json());
    s.limit = member<int>(j, "limit", 0);
    s.consistentRead = member<bool>(j, "consistentRead", false);
    s.scanIndexForward = member<bool>(j, "scanIndexForward", true);
    s.returnValues = member<std::string>(j, "returnValues", "NONE");
    s.returnConsumedCapacity = member<std::string>(j, "returnConsumedCapacity", "TOTAL");
    for (const json& r : member<json>(j, "updates", json::array()))
        if (r.is_object())
            s.updates.push_back({r.value("action", "SET"), r.value("attribute", ""), r.value("value", json())});
    for (const json& item : member<json>(j, "transactItems", json::array())) s.transactItems.push_back(fromJson(item));
    return s;
}

BuiltExpressions buildExpressions(const OperationSpec& spec) {
    BuiltExpressions out;
    if (spec.raw) {
        out.keyCondition = spec.keyConditionExpression;
        out.condition = spec.conditionExpression;
        out.update = spec.updateExpression;
        out.projection = spec.projectionExpression;
        out.names = spec.names;
        out.values = spec.values;
        return out;
    }
    PlaceholderSet placeholders;
    const std::string& op = spec.operation;
    if (op == "Query") out.keyCondition = buildCondition(spec.keyConditions, "AND", placeholders);
    if (op != "GetItem") out.condition = buildCondition(spec.conditions, spec.conditionJoin, placeholders);
    if (op == "UpdateItem") out.update = buildUpdate(spec.updates, placeholders);
    if (op == "GetItem" || op == "Query" || op == "Scan")
        out.projection = buildProjection(spec.projection, placeholders);
    out.names = placeholders.names();
    out.values = placeholders.values();
    return out;
}

json buildRequest(const OperationSpec& spec) {
    if (!spec.isTransaction()) return buildBody(spec, false);
    json items = json::array();
    for (const OperationSpec& action : spec.transactItems) {
        const std::string& op = action.operation;
        // A TransactGetItems holds only gets; a TransactWriteItems never does.
        if ((spec.operation == "TransactGetItems") != (op == "GetItem")) continue;
        items.push_back({{transactMember(op), buildBody(action, true)}});
    }
    json request = {{"TransactItems", std::move(items)}};
    if (!spec.returnConsumedCapacity.empty() && spec.returnConsumedCapacity != "NONE")
        request["ReturnConsumedCapacity"] = spec.returnConsumedCapacity;
    return request;
}

const std::vector<std::string>& dataPlaneOperations() {
    static const std::vector<std::string> kOperations{
        "GetItem", "Query", "Scan", "PutItem", "UpdateItem", "DeleteItem", "TransactGetItems", "TransactWriteItems"};
    return kOperations;
}

}  // namespace shardscope::tools
