#include "ops/account_ops.h"

namespace shardscope::engine::ops {

using nlohmann::json;

Result<json> describeLimits(OpContext&, const json&) {
    // The service's default quotas (facts §5.3).
    return json{{"AccountMaxReadCapacityUnits", 80000},
                {"AccountMaxWriteCapacityUnits", 80000},
                {"TableMaxReadCapacityUnits", 40000},
                {"TableMaxWriteCapacityUnits", 40000}};
}

Result<json> describeEndpoints(OpContext& ctx, const json&) {
    // SDKs that use endpoint discovery connect to Address next; point them
    // back at this engine's endpoint when the host told us where it is.
    const auto& options = ctx.engine.options;
    const std::string address =
        options.endpointAddress.empty() ? "dynamodb." + options.region + ".amazonaws.com" : options.endpointAddress;
    return json{{"Endpoints", json::array({{{"Address", address}, {"CachePeriodInMinutes", 1440}}})}};
}

}  // namespace shardscope::engine::ops
