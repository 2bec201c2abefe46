// The legacy item parameters translated onto the expression types:
// AttributeUpdates (UpdateItem) onto a ParsedUpdate, AttributesToGet onto a
// ParsedProjection.
//
// AttributeUpdates: PUT -> SET name = value; DELETE without a value ->
// REMOVE name; DELETE with a set -> DELETE name set; ADD -> ADD name value
// (numbers, sets, and, unlike UpdateExpression, lists, which are appended).
// The result is marked legacy so applyUpdate() uses AttributeUpdates'
// semantics and its "Type mismatch for attribute to update" error. Names are
// literal top-level attribute names.
//
// Thread-safety: pure functions.
#pragma once

#include "expr/expressions.h"

#include <optional>
#include <string>
#include <vector>

namespace shardscope::engine::expr {

enum class LegacyAction : std::uint8_t { Put, Add, Delete };

struct LegacyUpdate {
    std::string attribute;
    LegacyAction action = LegacyAction::Put;  // AttributeUpdates' default
    std::optional<AttributeValue> value;
};

Result<ParsedUpdate> translateAttributeUpdates(const std::vector<LegacyUpdate>& updates);

// AttributesToGet: "One or more parameter values were invalid: Duplicate value
// in attribute name: x" for repeated names.
Result<ParsedProjection> translateAttributesToGet(const std::vector<std::string>& attributes);

}  // namespace shardscope::engine::expr
