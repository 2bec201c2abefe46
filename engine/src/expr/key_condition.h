// KeyCondition: a Query's key condition in structured form, ready to become a
// storage range: partition key = value, plus at most one sort-key condition
// (=, <, <=, >, >=, BETWEEN, begins_with).
//
// extractKeyCondition() applies DynamoDB's KeyConditionExpression rules to an
// already checked condition tree (only AND; one condition per key attribute;
// the partition key compared with "="; no functions but begins_with; values,
// not paths, on the other side; value types matching the key schema) and
// reports the service's messages. "value OP key" is turned into
// "key OP' value". The legacy KeyConditions parameter produces the same
// structure (see legacy_conditions.h).
//
// Thread-safety: plain value types and pure functions.
#pragma once

#include "expr/ast.h"
#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

// The key attributes a Query runs against (the table's or the index's).
struct KeySchemaNames {
    std::string partitionKey;
    AttributeType partitionType = AttributeType::S;
    std::string sortKey;  // empty: no sort key
    AttributeType sortType = AttributeType::S;

    bool hasSortKey() const { return !sortKey.empty(); }
};

enum class SortKeyOp : std::uint8_t { None, Eq, Lt, Le, Gt, Ge, Between, BeginsWith };

struct KeyCondition {
    std::string partitionKey;
    AttributeValue partitionValue;
    SortKeyOp sortOp = SortKeyOp::None;
    std::string sortKey;
    // Eq/Lt/Le/Gt/Ge/BeginsWith: one value; Between: lower, upper (lower <= upper).
    std::vector<AttributeValue> sortValues;

    // Whether a sort-key value satisfies the sort condition (true when there
    // is none). Values of another type never match.
    bool matchesSortKey(const AttributeValue& value) const;
};

// `root` and `values` come from a parsed KeyConditionExpression.
Result<KeyCondition> extractKeyCondition(const Node& root, const std::vector<AttributeValue>& values,
                                         const KeySchemaNames& schema);

// Schema checks shared with the legacy KeyConditions: value types against the
// key types, empty S/B key values.
Status checkKeyConditionValues(const KeyCondition& condition, const KeySchemaNames& schema);

// The smallest byte string greater than every string starting with `prefix`
// (for a begins_with range end); nullopt when none exists (all 0xFF bytes).
std::optional<std::string> prefixSuccessor(std::string_view prefix);

}  // namespace shardscope::engine::expr
