// DynamoDB JSON <-> AttributeValue / Item.
//
// Parsing validates exactly as DynamoDB does and returns its errors: a wrong
// JSON type is a SerializationException; an empty or multi-typed value, a
// malformed or out-of-range number, an empty or duplicated set, NULL:false,
// or nesting deeper than 32 levels is a ValidationException. Numbers come out
// canonical, sets sorted. Serialising never fails.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine {

inline constexpr int kMaxNestingDepth = 32;

Result<AttributeValue> attributeValueFromJson(const nlohmann::json& json);
// `json` must be an object of attribute name -> AttributeValue.
Result<Item> itemFromJson(const nlohmann::json& json);

nlohmann::json toJson(const AttributeValue& value);
nlohmann::json toJson(const Item& item);

}  // namespace shardscope::engine
