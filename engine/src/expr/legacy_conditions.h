// The legacy condition parameters (Expected, QueryFilter, ScanFilter,
// KeyConditions, ConditionalOperator) translated onto the expression AST, so
// the same evaluator and key-condition code serve both generations.
//
// Translation: EQ/NE/LT/LE/GT/GE -> comparisons, BETWEEN, IN, NULL ->
// attribute_not_exists, NOT_NULL -> attribute_exists, CONTAINS / BEGINS_WITH ->
// the functions, NOT_CONTAINS -> attribute_exists AND NOT contains (a missing
// attribute fails NOT_CONTAINS, as in DynamoDB); Expected's Value ->
// "= Value", Exists:false -> attribute_not_exists. Conditions are joined with
// ConditionalOperator (AND by default). Attribute names are literal (a dot is
// part of the name). Validation messages are the service's, in its order.
//
// Thread-safety: pure functions.
#pragma once

#include "expr/expressions.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

enum class LegacyOperator : std::uint8_t {
    Eq, Ne, In, Le, Lt, Ge, Gt, Between, NotNull, Null, Contains, NotContains, BeginsWith,
};
// "EQ", "NOT_NULL", ...: nullopt when not an operator name (the wire layer
// reports enum violations itself).
std::optional<LegacyOperator> parseLegacyOperator(std::string_view name);
std::string_view legacyOperatorName(LegacyOperator op);

enum class ConditionalOperator : std::uint8_t { And, Or };

// One entry of Expected / QueryFilter / ScanFilter / KeyConditions, as given.
struct LegacyCondition {
    std::string attribute;
    std::optional<LegacyOperator> comparisonOperator;
    std::optional<std::vector<AttributeValue>> attributeValueList;
    std::optional<AttributeValue> value;  // Expected only
    std::optional<bool> exists;           // Expected only
};

// Expected (PutItem/UpdateItem/DeleteItem). An empty list is a condition that
// always holds; `conditionalOperator` needs two or more conditions.
Result<ParsedCondition> translateExpected(const std::vector<LegacyCondition>& expected,
                                          std::optional<ConditionalOperator> conditionalOperator);

// QueryFilter / ScanFilter.
Result<ParsedCondition> translateFilter(const std::vector<LegacyCondition>& filter,
                                        std::optional<ConditionalOperator> conditionalOperator);

// The checks of KeyConditions that need no key schema (arguments of each
// condition, one or two conditions). DynamoDB makes them before it looks the
// table up, so a bad request on a missing table is a ValidationException.
Status checkKeyConditionsShape(const std::vector<LegacyCondition>& keyConditions);

// KeyConditions (Query): EQ on the partition key, optionally one of EQ, LE,
// LT, GE, GT, BEGINS_WITH, BETWEEN on the sort key.
Result<KeyCondition> translateKeyConditions(const std::vector<LegacyCondition>& keyConditions,
                                            const KeySchemaNames& schema);

}  // namespace shardscope::engine::expr
