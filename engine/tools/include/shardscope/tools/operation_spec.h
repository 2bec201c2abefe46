// OperationSpec: a data-plane operation as the query builder describes it.
//
// A spec names the operation (GetItem, PutItem, UpdateItem, DeleteItem,
// Query, Scan, TransactGetItems, TransactWriteItems; inside a
// TransactWriteItems also ConditionCheck), the table (and index), the key and
// item values, and the expressions, either as builder rows (conditions,
// updates, projected attributes; placeholders are generated) or, with `raw`
// set, as expression text with the user's own names and values. buildRequest()
// gives the request body the engine receives; the same body feeds validation
// and code generation, so what is shown, checked and run is one thing.
// toJson()/fromJson() keep specs in history and saved operations; fromJson()
// reads leniently (missing members keep their defaults).
//
// Thread-safety: plain value type; functions are pure.
#pragma once

#include "shardscope/tools/expression_builder.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace shardscope::tools {

struct OperationSpec {
    std::string operation = "Query";
    std::string tableName;
    std::string indexName;  // Query and Scan; empty: the table

    nlohmann::json key = nlohmann::json::object();   // AttributeValue map: the item's key
    nlohmann::json item = nlohmann::json::object();  // PutItem: attributes besides the key

    bool raw = false;
    // Builder mode.
    std::vector<ConditionRow> keyConditions;  // Query: the partition key "=", then a sort key condition
    std::vector<ConditionRow> conditions;     // FilterExpression (Query, Scan) or ConditionExpression
    std::string conditionJoin = "AND";
    std::vector<UpdateRow> updates;
    std::vector<std::string> projection;
    // Raw mode.
    std::string keyConditionExpression;
    std::string conditionExpression;  // the filter for Query and Scan
    std::string updateExpression;
    std::string projectionExpression;
    nlohmann::json names;   // object, or null for none
    nlohmann::json values;  // object, or null for none

    // Options.
    int limit = 0;  // 0: no Limit
    bool consistentRead = false;
    bool scanIndexForward = true;
    std::string returnValues = "NONE";
    std::string returnConsumedCapacity = "TOTAL";

    std::vector<OperationSpec> transactItems;  // the actions of a TransactGetItems / TransactWriteItems

    bool isTransaction() const { return operation == "TransactGetItems" || operation == "TransactWriteItems"; }

    nlohmann::json toJson() const;
    static OperationSpec fromJson(const nlohmann::json& json);
    bool operator==(const OperationSpec&) const = default;
};

// The expressions and placeholders a spec produces (raw mode: as typed).
struct BuiltExpressions {
    std::string keyCondition;
    std::string condition;  // filter or condition
    std::string update;
    std::string projection;
    nlohmann::json names;   // object or null
    nlohmann::json values;  // object or null
};

BuiltExpressions buildExpressions(const OperationSpec& spec);
// The request body for spec.operation.
nlohmann::json buildRequest(const OperationSpec& spec);

// The operations a spec can name, at top level.
const std::vector<std::string>& dataPlaneOperations();

}  // namespace shardscope::tools
