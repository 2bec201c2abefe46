#include "ops/query_scan.h"

#include "expr/key_condition.h"
#include "indexes/index_reader.h"
#include "observe/throughput.h"
#include "ops/page_collector.h"
#include "ops/request_expressions.h"
#include "ops/table_ops.h"
#include "shardscope/engine/json_codec.h"
#include "types/key_codec.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;

const ExpressionSpec kQuerySpec{{"AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"},
                                {"ProjectionExpression", "FilterExpression", "KeyConditionExpression"},
                                "FilterExpression and KeyConditionExpression are null",
                                {"FilterExpression", "KeyConditionExpression"}};
// Without a KeyConditionExpression, KeyConditions is not a "non-expression
// parameter": the service accepts it beside FilterExpression and
// ProjectionExpression.
const ExpressionSpec kQueryLegacyKeysSpec{{"AttributesToGet", "QueryFilter", "ConditionalOperator"},
                                          kQuerySpec.expressions, kQuerySpec.valuesNull, kQuerySpec.valueBearing};
const ExpressionSpec kScanSpec{{"AttributesToGet", "ScanFilter", "ConditionalOperator"},
                               {"ProjectionExpression", "FilterExpression"},
                               "FilterExpression is null",
                               {"FilterExpression"}};

// The parameters Query and Scan share.
struct ReadParams {
    const std::string* tableName = nullptr;
    const std::string* indexName = nullptr;
    const std::string* select = nullptr;
    std::optional<std::int64_t> limit;
    bool consistent = false;
    const json* exclusiveStartKey = nullptr;
    CapacityDetail capacity = CapacityDetail::None;
};

ReadParams readParams(wire::RequestReader& reader) {
    ReadParams p;
    p.tableName = reader.string("TableName");
    reader.tableName("TableName", p.tableName, true);
    p.indexName = reader.string("IndexName");
    reader.tableName("IndexName", p.indexName, false);
    p.select = reader.string("Select");
    reader.enumValue("Select", p.select, {"SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"});
    p.limit = reader.integer("Limit", "Integer");
    reader.minValue("Limit", p.limit, 1);
    p.consistent = reader.boolean("ConsistentRead").value_or(false);
    p.exclusiveStartKey = reader.object("ExclusiveStartKey");
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    p.capacity = capacityDetail(rcc);
    const std::string* conditionalOperator = reader.string("ConditionalOperator");
    reader.enumValue("ConditionalOperator", conditionalOperator, {"AND", "OR"});
    return p;
}

Result<std::optional<Item>> readStartKey(const json* exclusiveStartKey) {
    if (!exclusiveStartKey) return std::optional<Item>();
    auto key = itemFromJson(*exclusiveStartKey);
    if (!key.ok()) {
        if (key.error().code() != ErrorCode::Validation) return std::move(key).error();
        return ApiError::validation("The provided starting key is invalid: " + key.error().message());
    }
    return std::optional<Item>(std::move(*key));
}

// Select against the projection parameters; sets *countOnly.
Status checkSelect(const ReadParams& params, const RequestExpressions& expressions, bool* countOnly) {
    *countOnly = params.select && *params.select == "COUNT";
    const char* projection = expressions.has("ProjectionExpression") ? "ProjectionExpression"
                             : expressions.has("AttributesToGet")     ? "AttributesToGet"
                                                                      : nullptr;
    if (!params.select) return Status::success();
    const std::string& select = *params.select;
    if (projection && select != "SPECIFIC_ATTRIBUTES")
        return ApiError::validation(std::string("Cannot specify the ") + projection + " when choosing to get " +
                                    (select == "COUNT" ? "only the Count" : select));
    if (!projection && select == "SPECIFIC_ATTRIBUTES")
        return ApiError::validation(
            "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
    if (select == "ALL_PROJECTED_ATTRIBUTES" && !params.indexName)
        return ApiError::validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    return Status::success();
}

// The index an IndexName names (null without one); see indexes/index_reader.h.
Result<const indexes::IndexSchema*> checkIndex(const TableSchema& table, const ReadParams& params) {
    if (!params.indexName) return static_cast<const indexes::IndexSchema*>(nullptr);
    return indexes::resolveReadIndex(table, *params.indexName, params.consistent);
}

indexes::IndexReadRequest indexRequest(const ReadParams& params, const PageOptions& options) {
    indexes::IndexReadRequest request;
    request.select = params.select;
    request.limit = options.limit;
    request.filter = options.filter;
    request.projection = options.projection;
    request.countOnly = options.countOnly;
    request.consistent = options.consistent;
    request.capacity = params.capacity;
    return request;
}

expr::KeySchemaNames schemaNames(const TableSchema& table) {
    expr::KeySchemaNames names;
    names.partitionKey = table.hashKey().name;
    names.partitionType = table.hashKey().type;
    if (table.rangeKey()) {
        names.sortKey = table.rangeKey()->name;
        names.sortType = table.rangeKey()->type;
    }
    return names;
}

// Segment s of t covers the hashes [s * 2^64 / t, (s + 1) * 2^64 / t), as
// parallel Scan splits DynamoDB's hash space; computed without 128-bit types.
std::uint64_t segmentStart(std::uint64_t s, std::uint64_t t) {
    std::uint64_t quotient = UINT64_MAX / t;
    std::uint64_t remainder = UINT64_MAX % t + 1;  // 2^64 = quotient * t + remainder
    if (remainder == t) {
        ++quotient;
        remainder = 0;
    }
    return s * quotient + s * remainder / t;
}

std::string successor(const std::string& key) { return key + std::string(1, '\0'); }

// The encoded sort-key range of a key condition.
storage::SortKeyRange sortRange(const expr::KeyCondition& condition) {
    storage::SortKeyRange range;
    if (condition.sortOp == expr::SortKeyOp::None) return range;
    const std::string first = encodeKeyValue(condition.sortValues.front());
    switch (condition.sortOp) {
    case expr::SortKeyOp::Eq: range.lower = first; range.upper = successor(first); break;
    case expr::SortKeyOp::Lt: range.upper = first; break;
    case expr::SortKeyOp::Le: range.upper = successor(first); break;
    case expr::SortKeyOp::Gt: range.lower = successor(first); break;
    case expr::SortKeyOp::Ge: range.lower = first; break;
    case expr::SortKeyOp::Between:
        range.lower = first;
        range.upper = successor(encodeKeyValue(condition.sortValues.back()));
        break;
    case expr::SortKeyOp::BeginsWith:
        range.lower = first;
        range.upper = expr::prefixSuccessor(first);
        break;
    case expr::SortKeyOp::None: break;
    }
    return range;
}

Result<std::optional<expr::ParsedCondition>> readFilter(RequestExpressions& expressions, const char* legacyMember) {
    if (expressions.has("FilterExpression"))
        return expressions.condition("FilterExpression", expr::ExpressionKind::Filter);
    return expressions.legacyCondition(legacyMember, true);
}

// What Query and Scan hand the page collector; `filter` and `projection`
// must outlive the page.
PageOptions pageOptions(const ReadParams& params, const std::optional<expr::ParsedCondition>& filter,
                        const std::optional<expr::ParsedProjection>& projection, bool countOnly) {
    PageOptions options;
    options.limit = params.limit;
    options.filter = filter ? &*filter : nullptr;
    options.projection = projection ? &*projection : nullptr;
    options.countOnly = countOnly;
    options.consistent = params.consistent;
    return options;
}

}  // namespace

Result<json> query(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const ReadParams params = readParams(reader);
    const auto forward = reader.boolean("ScanIndexForward").value_or(true);
    SHARDSCOPE_TRY(reader.status());
    auto startKey = readStartKey(params.exclusiveStartKey);
    if (!startKey.ok()) return std::move(startKey).error();
    const auto keyText = request.find("KeyConditionExpression");
    const bool keyExpressionSent = keyText != request.end() && !keyText->is_null();
    auto expressions = RequestExpressions::open(request, keyExpressionSent ? kQuerySpec : kQueryLegacyKeysSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    RequestExpressions& ex = **expressions;
    if (!ex.has("KeyConditions") && !ex.has("KeyConditionExpression"))
        return ApiError::validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    bool countOnly = false;
    SHARDSCOPE_TRY(checkSelect(params, ex, &countOnly));
    auto filter = readFilter(ex, "QueryFilter");
    if (!filter.ok()) return std::move(filter).error();
    auto projection = ex.projection();
    if (!projection.ok()) return std::move(projection).error();
    auto keyExpression = ex.condition("KeyConditionExpression", expr::ExpressionKind::KeyCondition);
    if (!keyExpression.ok()) return std::move(keyExpression).error();
    SHARDSCOPE_TRY(ex.finish());
    if (!*keyExpression) SHARDSCOPE_TRY(ex.checkLegacyKeyConditions());

    TableSchema* table = resolveTable(ctx, *params.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto index = checkIndex(*table, params);
    if (!index.ok()) return std::move(index).error();
    const expr::KeySchemaNames names = *index ? (*index)->keySchemaNames() : schemaNames(*table);
    std::optional<expr::KeyCondition> keyCondition;
    if (*keyExpression) {
        auto kc = expr::toKeyCondition(**keyExpression, names);
        if (!kc.ok()) return std::move(kc).error();
        keyCondition = std::move(*kc);
    } else {
        auto kc = ex.legacyKeyConditions(names);
        if (!kc.ok()) return std::move(kc).error();
        keyCondition = std::move(**kc);
    }
    if (*filter)
        SHARDSCOPE_TRY(expr::checkFilterAvoidsKeys(**filter, names,
                                                   ex.has("FilterExpression") ? "Filter Expression" : "QueryFilter"));

    const PageOptions options = pageOptions(params, *filter, *projection, countOnly);
    storage::SortKeyRange range = sortRange(*keyCondition);
    if (*index) {
        // The index's key (a GSI) or the table's (an LSI) picks the partition.
        const std::string encoded = encodeKeyValue(keyCondition->partitionValue);
        const observe::KeyRef key{observe::indexPartitionHash(keyCondition->partitionValue), encoded, {}};
        const indexes::IndexSchema* global = (*index)->isGlobal() ? *index : nullptr;
        SHARDSCOPE_TRY(observe::admitRead(ctx, *table, global, &key));
        indexes::IndexReadRequest indexRead = indexRequest(params, options);
        indexRead.capacity = CapacityDetail::Indexes;  // the units to charge
        auto out = indexes::queryIndex(ctx, *table, **index, *keyCondition, range, forward, *startKey, indexRead);
        if (out.ok()) observe::chargeIndexResponse(ctx, *table, **index, &key, *out, params.capacity);
        return out;
    }

    const storage::StoredKey partition = table->storedKey(keyCondition->partitionValue, nullptr);
    const observe::KeyRef partitionKey = observe::keyRef(partition);
    SHARDSCOPE_TRY(observe::admitRead(ctx, *table, nullptr, &partitionKey));
    if (*startKey) {
        // A start key naming other attributes than the table's key is
        // refused bare; one with the right names but wrong types carries the
        // key error (dynalite's suite, recorded against DynamoDB).
        const std::size_t keyAttributes = table->rangeKey() ? 2 : 1;
        if ((*startKey)->size() != keyAttributes || !(*startKey)->find(table->hashKey().name) ||
            (table->rangeKey() && !(*startKey)->find(table->rangeKey()->name)))
            return ApiError::validation("The provided starting key is invalid");
        auto start = table->keyOfKey(**startKey);
        if (!start.ok()) return ApiError::validation("The provided starting key is invalid: " + start.error().message());
        const AttributeValue* startSort = table->rangeKey() ? (*startKey)->find(table->rangeKey()->name) : nullptr;
        if (keyCondition->sortOp != expr::SortKeyOp::None) {
            if (startSort && !keyCondition->matchesSortKey(*startSort))
                return ApiError::validation("The provided starting key does not match the range key predicate");
            if (start->pk != partition.pk)
                return ApiError::validation("The query can return at most one row and cannot be restarted");
        } else if (start->pk != partition.pk) {
            return ApiError::validation("The provided starting key is outside query boundaries based on provided conditions");
        }
        if (!table->rangeKey())
            return ApiError::validation("The query can return at most one row and cannot be restarted");
        if (forward) {
            range.lower = std::max(range.lower, successor(start->sk));
        } else if (!range.upper || start->sk < *range.upper) {
            range.upper = start->sk;
        }
    }

    PageCollector collector(*table, options);
    if (!range.upper || range.lower < *range.upper)
        SHARDSCOPE_TRY(ctx.engine.items->walkPartition(table->id(), partition.hash, partition.pk, range, forward,
                                                       &collector, &PageCollector::visit));
    SHARDSCOPE_TRY(collector.status());
    observe::chargeRead(ctx, *table, nullptr, &partitionKey, collector.consumedUnits());
    return collector.response(params.capacity);
}

Result<json> scan(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const ReadParams params = readParams(reader);
    const auto segment = reader.integer("Segment", "Integer");
    const auto totalSegments = reader.integer("TotalSegments", "Integer");
    reader.minValue("Segment", segment, 0);
    reader.maxValue("Segment", segment, 999'999);
    reader.minValue("TotalSegments", totalSegments, 1);
    reader.maxValue("TotalSegments", totalSegments, 1'000'000);
    SHARDSCOPE_TRY(reader.status());
    if (segment && !totalSegments)
        return ApiError::validation(
            "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
    if (totalSegments && !segment)
        return ApiError::validation(
            "The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
    if (segment && *segment >= *totalSegments)
        return ApiError::validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: " +
                                    std::to_string(*segment) + " is not less than TotalSegments: " + std::to_string(*totalSegments));
    auto startKey = readStartKey(params.exclusiveStartKey);
    if (!startKey.ok()) return std::move(startKey).error();
    auto expressions = RequestExpressions::open(request, kScanSpec);
    if (!expressions.ok()) return std::move(expressions).error();
    RequestExpressions& ex = **expressions;
    bool countOnly = false;
    SHARDSCOPE_TRY(checkSelect(params, ex, &countOnly));
    auto filter = readFilter(ex, "ScanFilter");
    if (!filter.ok()) return std::move(filter).error();
    auto projection = ex.projection();
    if (!projection.ok()) return std::move(projection).error();
    SHARDSCOPE_TRY(ex.finish());

    TableSchema* table = resolveTable(ctx, *params.tableName);
    if (!table) return ApiError::resourceNotFound();
    auto index = checkIndex(*table, params);
    if (!index.ok()) return std::move(index).error();

    storage::ScanRange range;
    if (totalSegments && *totalSegments > 1) {
        const auto s = static_cast<std::uint64_t>(*segment);
        const auto t = static_cast<std::uint64_t>(*totalSegments);
        range.hashLow = hashToStorage(segmentStart(s, t));
        if (s + 1 < t) range.hashHighExclusive = hashToStorage(segmentStart(s + 1, t));
    }
    const PageOptions options = pageOptions(params, *filter, *projection, countOnly);
    if (*index) {
        indexes::IndexScanRange indexRange;
        indexRange.hashLow = range.hashLow;
        indexRange.hashHighExclusive = range.hashHighExclusive;
        const indexes::IndexSchema* global = (*index)->isGlobal() ? *index : nullptr;
        SHARDSCOPE_TRY(observe::admitRead(ctx, *table, global, nullptr));
        indexes::IndexReadRequest indexRead = indexRequest(params, options);
        indexRead.capacity = CapacityDetail::Indexes;  // the units to charge
        auto out = indexes::scanIndex(ctx, *table, **index, indexRange, *startKey, indexRead);
        if (out.ok()) observe::chargeIndexResponse(ctx, *table, **index, nullptr, *out, params.capacity);
        return out;
    }
    SHARDSCOPE_TRY(observe::admitRead(ctx, *table, nullptr, nullptr));
    if (*startKey) {
        auto start = table->keyOfKey(**startKey);
        if (!start.ok()) return ApiError::validation("The provided starting key is invalid: " + start.error().message());
        // A parallel scan resumes only inside its own segment.
        if (start->hash < range.hashLow || (range.hashHighExclusive && start->hash >= *range.hashHighExclusive))
            return ApiError::validation(
                "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct "
                "Segment. TotalSegments: " + std::to_string(*totalSegments) + " Segment: " + std::to_string(*segment));
        range.after = std::move(*start);
    }

    PageCollector collector(*table, options);
    SHARDSCOPE_TRY(ctx.engine.items->walkTable(table->id(), range, &collector, &PageCollector::visit));
    SHARDSCOPE_TRY(collector.status());
    observe::chargeRead(ctx, *table, nullptr, nullptr, collector.consumedUnits());
    return collector.response(params.capacity);
}

}  // namespace shardscope::engine::ops
