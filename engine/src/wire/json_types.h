// SerializationException texts for JSON values of the wrong type.
//
// DynamoDB's JSON layer (Coral) rejects a value whose JSON type does not fit
// the shape before any validation runs. These helpers build its messages so
// the request reader and the AttributeValue codec word them the same way.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/api_error.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::engine::wire {

// `expected` is the model type: "String", "Integer", "Long", "Boolean",
// "Double", "Map", "List", "Structure".
inline ApiError wrongJsonType(const nlohmann::json& actual, std::string_view expected) {
    if (actual.is_object()) {
        if (expected == "List") return ApiError::serialization("Start of structure or map found where not expected.");
        return ApiError::serialization("Start of structure or map found where not expected.");
    }
    if (actual.is_array()) return ApiError::serialization("Start of list found where not expected");
    if (expected == "Structure" || expected == "Map") return ApiError::serialization("Expected map or null");
    if (expected == "List") return ApiError::serialization("Expected list or null");
    std::string kind = actual.is_string()           ? "STRING_VALUE"
                       : actual.is_boolean()        ? (actual.get<bool>() ? "TRUE_VALUE" : "FALSE_VALUE")
                       : actual.is_number_integer() ? "NUMBER_VALUE"
                       : actual.is_number()         ? "NUMBER_VALUE"
                                                    : "NULL_VALUE";
    return ApiError::serialization(kind + " cannot be converted to " + std::string(expected));
}

}  // namespace shardscope::engine::wire
