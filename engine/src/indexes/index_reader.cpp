#include "indexes/index_reader.h"

#include "indexes/index_page_collector.h"
#include "types/key_codec.h"

#include <algorithm>
#include <string>
#include <vector>

namespace shardscope::engine::indexes {
namespace {

constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr const char* kBadStartKey = "The provided starting key is invalid";

void collectRoots(const expr::Node& node, std::vector<std::string>& out) {
    if (node.kind == expr::NodeKind::Path && !node.path.elements.empty()) out.push_back(node.path.root());
    for (const auto& child : node.children) collectRoots(child, out);
}

// The top-level attributes of `names` the index does not project, each once, in order.
std::vector<std::string> unprojected(const IndexSchema& index, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& name : names)
        if (!index.projects(name) && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    return out;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out + "]";
}

// Select and the requested attributes against the projection: the errors a
// GSI read gives, or whether an LSI read must fetch base items.
Result<IndexPageOptions> pageOptions(const IndexSchema& index, const IndexReadRequest& request) {
    IndexPageOptions options;
    options.limit = request.limit;
    options.filter = request.filter;
    options.projection = request.projection;
    options.countOnly = request.countOnly;
    options.consistent = request.consistent;
    const bool projectsAll = index.projectionType() == ProjectionType::All;
    const bool allAttributes = request.select && *request.select == "ALL_ATTRIBUTES";
    if (index.isGlobal() && allAttributes && !projectsAll)
        return ApiError::validation(std::string(kInvalid) + "Select type ALL_ATTRIBUTES is not supported for global secondary index " +
                                    index.name() + " because its projection type is not ALL");
    std::vector<std::string> requested;
    if (request.projection)
        for (const auto& path : request.projection->paths) requested.push_back(path.root());
    std::vector<std::string> filtered;
    if (request.filter) collectRoots(request.filter->root, filtered);
    const auto missingRequested = unprojected(index, requested);
    const auto missingFiltered = unprojected(index, filtered);
    if (index.isGlobal()) {
        if (!missingRequested.empty())
            return ApiError::validation(std::string(kInvalid) + "Global secondary index " + index.name() +
                                        " does not project " + joined(missingRequested));
        if (!missingFiltered.empty())
            return ApiError::validation(std::string(kInvalid) + "Secondary index " + index.name() +
                                        " does not project one or more filter attributes: " + joined(missingFiltered));
        return options;
    }
    options.fetchBaseItems =
        (allAttributes && !projectsAll) || !missingRequested.empty() || !missingFiltered.empty();
    return options;
}

// An ExclusiveStartKey on an index: exactly the table key and the index key.
Result<IndexKey> startKeyOf(const TableSchema& table, const IndexSchema& index, const Item& start) {
    const auto& names = index.keyAttributeNames();
    if (start.size() != names.size()) return ApiError::validation(kBadStartKey);
    for (const auto& name : names)
        if (!start.find(name)) return ApiError::validation(kBadStartKey);
    auto base = table.keyOfKey(table.keyAttributes(start));
    if (!base.ok()) return ApiError::validation(std::string(kBadStartKey) + ": " + base.error().message());
    const AttributeValue* values[2] = {start.find(index.hashKey().name),
                                       index.rangeKey() ? start.find(index.rangeKey()->name) : nullptr};
    const IndexKeyElement* elements[2] = {&index.hashKey(), index.rangeKey() ? &*index.rangeKey() : nullptr};
    for (int i = 0; i < 2; ++i) {
        if (!elements[i]) continue;
        if (values[i]->type() != elements[i]->type)
            return ApiError::validation(std::string(kBadStartKey) + ": The provided key element does not match the schema");
        if (values[i]->scalar().empty())
            return ApiError::validation(std::string(kBadStartKey) +
                                        ": One or more parameter values are not valid. The AttributeValue for a key "
                                        "attribute cannot contain an empty " +
                                        (values[i]->is(AttributeType::B) ? "binary" : "string") +
                                        " value. Key: " + elements[i]->name);
    }
    return index.storageKey(*values[0], values[1], *base);
}

}  // namespace

Result<const IndexSchema*> resolveReadIndex(const TableSchema& table, const std::string& name, bool consistent) {
    const IndexSchema* index = table.findIndex(name);
    if (!index || index->state() == IndexState::Deleting)
        return ApiError::validation("The table does not have the specified index: " + name);
    if (index->state() == IndexState::Creating)
        return ApiError::validation("Cannot read from backfilling global secondary index: " + name);
    if (index->isGlobal() && consistent)
        return ApiError::validation("Consistent reads are not supported on global secondary indexes");
    return index;
}

Result<nlohmann::json> queryIndex(OpContext& ctx, const TableSchema& table, const IndexSchema& index,
                                  const expr::KeyCondition& condition, const storage::SortKeyRange& range, bool forward,
                                  const std::optional<Item>& startKey, const IndexReadRequest& request) {
    const std::string ipk = encodeKeyValue(condition.partitionValue);
    std::optional<IndexKey> after;
    if (startKey) {
        auto key = startKeyOf(table, index, *startKey);
        if (!key.ok()) return std::move(key).error();
        const AttributeValue* startSort = index.rangeKey() ? startKey->find(index.rangeKey()->name) : nullptr;
        if (key->ipk != ipk || (startSort && !condition.matchesSortKey(*startSort)))
            return ApiError::validation("The provided starting key is outside query boundaries based on provided conditions");
        after = std::move(*key);
    }
    auto options = pageOptions(index, request);
    if (!options.ok()) return std::move(options).error();

    IndexPageCollector collector(ctx, table, index, *options);
    if (!range.upper || range.lower < *range.upper) {
        const std::int64_t hash = hashToStorage(partitionHash(ipk));
        SHARDSCOPE_TRY(ctx.engine.indexStore->walkPartition(table.id(), index.name(), hash, ipk, range,
                                                            after ? &*after : nullptr, forward, &collector,
                                                            &IndexPageCollector::visit));
    }
    SHARDSCOPE_TRY(collector.status());
    return collector.response(request.capacity);
}

Result<nlohmann::json> scanIndex(OpContext& ctx, const TableSchema& table, const IndexSchema& index,
                                 IndexScanRange range, const std::optional<Item>& startKey,
                                 const IndexReadRequest& request) {
    if (startKey) {
        auto key = startKeyOf(table, index, *startKey);
        if (!key.ok()) return std::move(key).error();
        range.after = std::move(*key);
    }
    auto options = pageOptions(index, request);
    if (!options.ok()) return std::move(options).error();

    IndexPageCollector collector(ctx, table, index, *options);
    SHARDSCOPE_TRY(ctx.engine.indexStore->walkIndex(table.id(), index.name(), range, &collector,
                                                    &IndexPageCollector::visit));
    SHARDSCOPE_TRY(collector.status());
    return collector.response(request.capacity);
}

}  // namespace shardscope::engine::indexes
