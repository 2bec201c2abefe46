// The CloudWatch metrics the engine keeps, and the operations that are
// their Operation dimension, named exactly as the AWS/DynamoDB namespace
// names them.
//
// Thread-safety: constants and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace shardscope::engine::metrics {

enum class Metric : std::size_t {
    ConsumedReadCapacityUnits,
    ConsumedWriteCapacityUnits,
    ProvisionedReadCapacityUnits,
    ProvisionedWriteCapacityUnits,
    ReadThrottleEvents,
    WriteThrottleEvents,
    ThrottledRequests,
    SuccessfulRequestLatency,
    ReturnedItemCount,
    UserErrors,
    SystemErrors,
    ConditionalCheckFailedRequests,
    TransactionConflict,
    TimeToLiveDeletedItemCount,
    OnlineIndexPercentageProgress,
};
constexpr std::size_t kMetricCount = 15;

// Gauges report the current setting or state; the rest are sums of events.
constexpr bool isGauge(Metric m) {
    return m == Metric::ProvisionedReadCapacityUnits || m == Metric::ProvisionedWriteCapacityUnits ||
           m == Metric::OnlineIndexPercentageProgress;
}

std::string_view metricName(Metric m);
// nullopt-like: kMetricCount for an unknown name.
std::size_t metricIndex(std::string_view name);

// CloudWatch's Operation dimension values (the data-plane operations).
constexpr std::array<std::string_view, 11> kOperations = {
    "GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem",
    "TransactGetItems", "TransactWriteItems", "GetRecords"};
// Index into kOperations, or kOperations.size() for an operation without
// the dimension (control plane).
std::size_t operationIndex(std::string_view operation);

}  // namespace shardscope::engine::metrics
