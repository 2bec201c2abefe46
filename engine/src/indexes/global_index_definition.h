// GlobalIndexDefinition: an UpdateTable GlobalSecondaryIndexUpdates[].Create
// object, validated against the table as DynamoDB does.
//
// readGlobalIndexCreate() checks, in this order: the members' constraints
// ("1 validation error detected: ..."), the key schema's shape, the index
// key attributes against the request's AttributeDefinitions (which must
// define them even when the table already does) and against the table's
// existing types ("Attributes cannot be redefined..."), the projection, the
// index name (no GSI or LSI of the table may have it), ProvisionedThroughput
// against the table's billing mode, and the 20-GSI limit. The result is the
// index's description (IndexStatus CREATING, Backfilling true) and the
// table's attribute definitions with the new ones merged in; nothing is
// changed here.
//
// Thread-safety: pure function of its arguments.
#pragma once

#include "ops/table_schema.h"

#include <nlohmann/json.hpp>

#include <string>

namespace shardscope::engine::indexes {

struct GlobalIndexDefinition {
    std::string name;
    nlohmann::json description;           // a GlobalSecondaryIndexDescription
    nlohmann::json attributeDefinitions;  // the table's, with the new ones merged
};

Result<GlobalIndexDefinition> readGlobalIndexCreate(const TableSchema& table, const nlohmann::json& create,
                                                    const nlohmann::json* attributeDefinitions);

}  // namespace shardscope::engine::indexes
