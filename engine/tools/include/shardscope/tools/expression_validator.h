// Expression validation by the engine's own parser.
//
// The workbench never keeps a second grammar: these helpers hand expression
// text and the request's ExpressionAttributeNames/Values to the engine's
// expression pipeline (engine/src/expr) and return its exact error, the very
// text the engine (and DynamoDB) would answer, e.g.
//   "Invalid KeyConditionExpression: Syntax error; token: \"=\", near: \"pk ==\"".
// They touch no table and no storage, and are cheap enough to run on every
// (debounced) keystroke on the GUI thread.
//
// validateExpression() checks one expression: the maps' declarations, then
// the expression (syntax, limits, undefined placeholders, types); it does not
// report names or values that this one expression leaves unused.
// validateRequestExpressions() checks every expression member of a whole
// request of one data-plane operation in the engine's order, then unused
// placeholders, and, when `keys` is given, a Query's key condition against the
// key schema and its filter's avoidance of key attributes. Transactions are
// checked item by item.
//
// Thread-safety: pure functions; safe from any thread.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace shardscope::tools {

enum class ExpressionKind { Condition, Filter, KeyCondition, Update, Projection };

struct ValidationError {
    std::string type;     // "ValidationException", "SerializationException"
    std::string message;  // the engine's text, verbatim
};

// The key attributes a Query runs against (the table's or the index's); types "S", "N" or "B".
struct KeySchemaInfo {
    std::string partitionKey;
    std::string partitionType = "S";
    std::string sortKey;  // empty: none
    std::string sortType = "S";
};

// `names` and `values` are JSON objects, or null when the request has none.
std::optional<ValidationError> validateExpression(ExpressionKind kind, std::string_view text,
                                                  const nlohmann::json& names, const nlohmann::json& values);

std::optional<ValidationError> validateRequestExpressions(std::string_view operation, const nlohmann::json& request,
                                                          const KeySchemaInfo* keys = nullptr);

}  // namespace shardscope::tools
