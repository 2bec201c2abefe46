// Query and Scan on a secondary index (the IndexName parameter).
//
// ops/query_scan.cpp parses and checks the request as for a table, against
// the index's key schema, then hands the read here. resolveReadIndex() is
// the first check once the table is known; queryIndex() / scanIndex() then
// check, in DynamoDB's order, the ExclusiveStartKey (the table key plus the
// index key), Select=ALL_ATTRIBUTES on a GSI whose projection is not ALL,
// and the attributes a GSI read may not ask for (ProjectionExpression /
// AttributesToGet or filter attributes the GSI does not project). An LSI
// instead fetches the base item of each entry when the request needs
// unprojected attributes, charging those reads to the table. GSI reads are
// eventually consistent only; the default Select is ALL_PROJECTED_ATTRIBUTES.
//
// Thread-safety: under the engine's lock.
#pragma once

#include "engine_impl.h"
#include "expr/expressions.h"
#include "indexes/index_store.h"
#include "ops/consumed_capacity.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace shardscope::engine::indexes {

// The index `name` of `table`, readable now: "The table does not have the
// specified index: <name>" when there is none (or it is being deleted),
// "Cannot read from backfilling global secondary index: <name>" while it is
// backfilled, "Consistent reads are not supported on global secondary
// indexes" for a strongly consistent GSI read.
Result<const IndexSchema*> resolveReadIndex(const TableSchema& table, const std::string& name, bool consistent);

// The page parameters Query and Scan share.
struct IndexReadRequest {
    const std::string* select = nullptr;
    std::optional<std::int64_t> limit;
    const expr::ParsedCondition* filter = nullptr;
    const expr::ParsedProjection* projection = nullptr;
    bool countOnly = false;
    bool consistent = false;
    CapacityDetail capacity = CapacityDetail::None;
};

// `condition` was checked against index.keySchemaNames(); `range` is its
// sort-key condition as an encoded range of index sort keys.
Result<nlohmann::json> queryIndex(OpContext& ctx, const TableSchema& table, const IndexSchema& index,
                                  const expr::KeyCondition& condition, const storage::SortKeyRange& range, bool forward,
                                  const std::optional<Item>& startKey, const IndexReadRequest& request);

// `range` holds the parallel-scan segment's hash bounds.
Result<nlohmann::json> scanIndex(OpContext& ctx, const TableSchema& table, const IndexSchema& index,
                                 IndexScanRange range, const std::optional<Item>& startKey,
                                 const IndexReadRequest& request);

}  // namespace shardscope::engine::indexes
