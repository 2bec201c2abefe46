#include "ops/dispatch_table.h"

#include "ops/batch_ops.h"
#include "ops/item_ops.h"
#include "ops/query_scan.h"
#include "ops/transact_ops.h"
#include "ops/table_ops.h"

#include <array>
#include <utility>

namespace shardscope::engine {
namespace {

constexpr std::array<std::pair<std::string_view, OpHandler>, 14> kOperations = {{
    {"CreateTable", &ops::createTable},
    {"DescribeTable", &ops::describeTable},
    {"ListTables", &ops::listTables},
    {"DeleteTable", &ops::deleteTable},
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
}};

}  // namespace

OpHandler findOperation(std::string_view name) {
    for (const auto& [opName, handler] : kOperations)
        if (opName == name) return handler;
    return nullptr;
}

std::vector<std::string_view> operationNames() {
    std::vector<std::string_view> names;
    names.reserve(kOperations.size());
    for (const auto& entry : kOperations) names.push_back(entry.first);
    return names;
}

}  // namespace shardscope::engine
