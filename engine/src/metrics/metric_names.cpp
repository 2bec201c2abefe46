#include "metrics/metric_names.h"

namespace shardscope::engine::metrics {
namespace {

constexpr std::array<std::string_view, kMetricCount> kNames = {
    "ConsumedReadCapacityUnits",
    "ConsumedWriteCapacityUnits",
    "ProvisionedReadCapacityUnits",
    "ProvisionedWriteCapacityUnits",
    "ReadThrottleEvents",
    "WriteThrottleEvents",
    "ThrottledRequests",
    "SuccessfulRequestLatency",
    "ReturnedItemCount",
    "UserErrors",
    "SystemErrors",
    "ConditionalCheckFailedRequests",
    "TransactionConflict",
    "TimeToLiveDeletedItemCount",
    "OnlineIndexPercentageProgress",
};

}  // namespace

std::string_view metricName(Metric m) { return kNames[static_cast<std::size_t>(m)]; }

std::size_t metricIndex(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return i;
    return kMetricCount;
}

std::size_t operationIndex(std::string_view operation) {
    for (std::size_t i = 0; i < kOperations.size(); ++i)
        if (kOperations[i] == operation) return i;
    return kOperations.size();
}

}  // namespace shardscope::engine::metrics
