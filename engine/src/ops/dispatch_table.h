// The dispatch table: the only list of operations the engine supports.
//
// Every handler has the same shape: it reads the request (validating it as
// DynamoDB does) and returns the response body or an ApiError.
//
// Thread-safety: the table is immutable.
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace shardscope::engine {

using OpHandler = Result<nlohmann::json> (*)(OpContext& ctx, const nlohmann::json& request);

// Returns nullptr for an unknown operation.
OpHandler findOperation(std::string_view name);
std::vector<std::string_view> operationNames();

}  // namespace shardscope::engine
