#include "capacity/throttle_error.h"

namespace shardscope::engine::capacity {
namespace {

constexpr const char* kTableMessage =
    "The level of configured provisioned throughput for the table was exceeded. "
    "Consider increasing your provisioning level with the UpdateTable API.";
constexpr const char* kIndexMessage =
    "The level of configured provisioned throughput for one or more global secondary indexes of the table was "
    "exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with "
    "the UpdateTable API";

const char* limitName(LimitType limit) {
    switch (limit) {
    case LimitType::ProvisionedThroughputExceeded: return "ProvisionedThroughputExceeded";
    case LimitType::KeyRangeThroughputExceeded: return "KeyRangeThroughputExceeded";
    case LimitType::MaxOnDemandThroughputExceeded: return "MaxOnDemandThroughputExceeded";
    }
    return "ProvisionedThroughputExceeded";
}

}  // namespace

std::string reasonCode(const ThrottleCause& cause) {
    std::string code = cause.index ? "Index" : "Table";
    code += cause.direction == Direction::Read ? "Read" : "Write";
    code += limitName(cause.limit);
    return code;
}

ApiError throttleError(const ThrottleCause& cause) {
    nlohmann::json reasons = nlohmann::json::array();
    reasons.push_back({{"reason", reasonCode(cause)}, {"resource", cause.resourceArn}});
    return ApiError(ErrorCode::ProvisionedThroughputExceeded, cause.index ? kIndexMessage : kTableMessage,
                    nlohmann::json{{"ThrottlingReasons", std::move(reasons)}});
}

}  // namespace shardscope::engine::capacity
