// The errors a throttled request gets, with DynamoDB's messages and the
// ThrottlingReasons list the service has sent since 2025.
//
// A reason is ResourceType + OperationType + LimitType, e.g.
// "TableWriteProvisionedThroughputExceeded" or
// "IndexWriteKeyRangeThroughputExceeded"; its resource is the table's or
// index's ARN.
//
// Thread-safety: pure functions.
#pragma once

#include "capacity/resource_capacity.h"
#include "shardscope/engine/api_error.h"

#include <string>

namespace shardscope::engine::capacity {

enum class LimitType { ProvisionedThroughputExceeded, KeyRangeThroughputExceeded, MaxOnDemandThroughputExceeded };

struct ThrottleCause {
    bool index = false;  // a GSI (its ARN in `resourceArn`), else the table
    Direction direction = Direction::Write;
    LimitType limit = LimitType::ProvisionedThroughputExceeded;
    std::string resourceArn;
};

// "TableWriteProvisionedThroughputExceeded" and friends.
std::string reasonCode(const ThrottleCause& cause);

// ProvisionedThroughputExceededException with the table's or, when a GSI
// pushed back, the indexes' message, and ThrottlingReasons.
ApiError throttleError(const ThrottleCause& cause);

}  // namespace shardscope::engine::capacity
