#include "ops/dispatch_table.h"

#include "observe/contributor_insights_ops.h"
#include "ops/account_ops.h"
#include "ops/batch_ops.h"
#include "ops/item_ops.h"
#include "ops/query_scan.h"
#include "ops/tag_ops.h"
#include "ops/transact_ops.h"
#include "ops/table_ops.h"
#include "streams/stream_ops.h"
#include "ttl/ttl_ops.h"

#include <array>
#include <utility>

namespace shardscope::engine {
namespace {

constexpr std::pair<std::string_view, OpHandler> kOperations[] = {
    {"CreateTable", &ops::createTable},
    {"DescribeTable", &ops::describeTable},
    {"ListTables", &ops::listTables},
    {"DeleteTable", &ops::deleteTable},
    {"UpdateTable", &ops::updateTable},
    {"TagResource", &ops::tagResource},
    {"UntagResource", &ops::untagResource},
    {"ListTagsOfResource", &ops::listTagsOfResource},
    {"DescribeLimits", &ops::describeLimits},
    {"DescribeEndpoints", &ops::describeEndpoints},
    {"PutItem", &ops::putItem},
    {"GetItem", &ops::getItem},
    {"UpdateItem", &ops::updateItem},
    {"DeleteItem", &ops::deleteItem},
    {"Query", &ops::query},
    {"Scan", &ops::scan},
    {"BatchGetItem", &ops::batchGetItem},
    {"BatchWriteItem", &ops::batchWriteItem},
    {"TransactGetItems", &ops::transactGetItems},
    {"TransactWriteItems", &ops::transactWriteItems},
    {"UpdateTimeToLive", &ops::updateTimeToLive},
    {"DescribeTimeToLive", &ops::describeTimeToLive},
    {"UpdateContributorInsights", &ops::updateContributorInsights},
    {"DescribeContributorInsights", &ops::describeContributorInsights},
    {"ListContributorInsights", &ops::listContributorInsights},
    // DynamoDB Streams (target prefix DynamoDBStreams_20120810).
    {"ListStreams", &ops::listStreams},
    {"DescribeStream", &ops::describeStream},
    {"GetShardIterator", &ops::getShardIterator},
    {"GetRecords", &ops::getRecords},
};

}  // namespace

OpHandler findOperation(std::string_view name) {
    for (const auto& [opName, handler] : kOperations)
        if (opName == name) return handler;
    return nullptr;
}

std::vector<std::string_view> operationNames() {
    std::vector<std::string_view> names;
    names.reserve(std::size(kOperations));
    for (const auto& entry : kOperations) names.push_back(entry.first);
    return names;
}

}  // namespace shardscope::engine
