// BatchWriteItem: up to 25 puts and deletes over any tables, validated as a
// whole before anything is written, then applied in one storage transaction.
#include "ops/batch_ops.h"

#include "indexes/index_write_checks.h"
#include "observe/throughput.h"
#include "ops/consumed_capacity.h"
#include "ops/item_writer.h"
#include "ops/table_ops.h"
#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"
#include "wire/request_reader.h"

#include <map>
#include <set>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr std::size_t kMaxWrites = 25;

struct PlannedWrite {
    TableSchema* table = nullptr;
    storage::StoredKey key;
    std::optional<Item> item;  // a put; nullopt for a delete
    std::size_t size = 0;
    AttributeValue hashValue;  // the partition key value (item collections)
};

}  // namespace

Result<json> batchWriteItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const json* requestItems = reader.object("RequestItems");
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    const std::string* ricm = reader.string("ReturnItemCollectionMetrics");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    reader.enumValue("ReturnItemCollectionMetrics", ricm, {"SIZE", "NONE"});
    if (reader.required("RequestItems", requestItems != nullptr)) {
        if (requestItems->empty())
            reader.violation("RequestItems", "'{}'", "Map value must satisfy constraint: [Member must have length greater than or equal to 1]");
        for (auto it = requestItems->begin(); it != requestItems->end(); ++it) {
            const std::string name = it.key();
            reader.tableName("RequestItems", &name, false);
            if (!it.value().is_array()) {
                reader.serializationError(ApiError::serialization("Expected list or null"));
                continue;
            }
            const std::size_t n = it.value().size();
            if (n < 1 || n > kMaxWrites)
                reader.violation("RequestItems", "'" + requestItems->dump() + "'",
                                 "Map value must satisfy constraint: [Member must have length " +
                                     std::string(n < 1 ? "greater than or equal to 1" : "less than or equal to 25") +
                                     ", Member must not be null]");
        }
    }
    SHARDSCOPE_TRY(reader.status());

    // Shape and value validation of every request, before tables are looked up.
    std::vector<std::pair<std::string, const json*>> writes;
    for (auto it = requestItems->begin(); it != requestItems->end(); ++it) {
        for (const auto& w : it.value()) {
            if (!w.is_object()) return ApiError::serialization("Expected map or null");
            const bool hasPut = w.contains("PutRequest") && !w["PutRequest"].is_null();
            const bool hasDelete = w.contains("DeleteRequest") && !w["DeleteRequest"].is_null();
            if (hasPut == hasDelete)
                return ApiError::validation(
                    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
            writes.emplace_back(it.key(), &w);
        }
    }
    if (writes.size() > kMaxWrites) return ApiError::validation("Too many items requested for the BatchWriteItem call");

    std::vector<PlannedWrite> plan;
    plan.reserve(writes.size());
    for (const auto& [tableName, w] : writes) {
        PlannedWrite p;
        const bool isPut = w->contains("PutRequest") && !(*w)["PutRequest"].is_null();
        const json& body = isPut ? (*w)["PutRequest"] : (*w)["DeleteRequest"];
        const char* member = isPut ? "Item" : "Key";
        if (!body.is_object() || !body.contains(member) || body[member].is_null())
            return ApiError::validation(std::string("1 validation error detected: Value null at 'requestItems.") + tableName +
                                        ".member." + (isPut ? "putRequest.item" : "deleteRequest.key") +
                                        "' failed to satisfy constraint: Member must not be null");
        auto value = itemFromJson(body[member]);
        if (!value.ok()) return std::move(value).error();
        if (isPut) {
            p.size = itemSize(*value);
            if (p.size > kMaxItemSize) return ApiError::validation("Item size has exceeded the maximum allowed size");
        }
        p.table = resolveTable(ctx, tableName);
        if (!p.table) return ApiError::resourceNotFound();
        auto key = isPut ? p.table->keyOfItem(*value) : p.table->keyOfKey(*value);
        if (!key.ok()) return std::move(key).error();
        p.key = std::move(*key);
        if (isPut) SHARDSCOPE_TRY(indexes::checkIndexWrite(*p.table, *value));
        p.hashValue = *value->find(p.table->hashKey().name);
        if (isPut) p.item = std::move(*value);
        plan.push_back(std::move(p));
    }
    std::set<std::tuple<std::int64_t, std::string, std::string>> seen;
    for (const auto& p : plan)
        if (!seen.emplace(p.table->id(), p.key.pk, p.key.sk).second)
            return ApiError::validation("Provided list of item keys contains duplicates");

    ItemWriter writer(ctx);
    SHARDSCOPE_TRY(writer.begin());
    std::map<std::string, double> units;
    // Throttled requests come back in UnprocessedItems; only when all of
    // them are throttled does the call fail.
    json unprocessed = json::object();
    std::optional<ApiError> throttle;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        PlannedWrite& p = plan[i];
        if (Status admitted = observe::admitWrite(ctx, *p.table, observe::keyRef(p.key)); !admitted.ok()) {
            unprocessed[writes[i].first].push_back(*writes[i].second);
            throttle = admitted.error();
            continue;
        }
        auto old = writer.read(*p.table, p.key);
        if (!old.ok()) return std::move(old).error();
        const std::size_t oldSize = *old ? static_cast<std::size_t>((*old)->size) : 0;
        const double itemUnits = writeUnits(p.item ? std::max(p.size, oldSize) : oldSize);
        if (p.item) {
            SHARDSCOPE_TRY(writer.write(*p.table, p.key, *p.item, p.size, *old));
        } else {
            if (*old) SHARDSCOPE_TRY(writer.remove(*p.table, p.key, **old));
        }
        units[p.table->name()] += itemUnits;
        observe::chargeWrite(ctx, *p.table, observe::keyRef(p.key), itemUnits);
    }
    if (throttle && unprocessed.size() > 0 && units.empty()) return *throttle;
    SHARDSCOPE_TRY(writer.commit());

    json response = {{"UnprocessedItems", std::move(unprocessed)}};
    const CapacityDetail detail = capacityDetail(rcc);
    if (detail != CapacityDetail::None) {
        std::map<std::string, CapacityBreakdown> withIndexes;
        for (const auto& [table, tableUnits] : units) withIndexes[table] = ctx.indexState.capacity(table, tableUnits);
        response["ConsumedCapacity"] = consumedCapacityList(withIndexes, detail);
    }
    if (ricm && *ricm == "SIZE") {
        // One entry per item collection written, for tables with LSIs.
        json metrics = json::object();
        std::set<std::pair<std::int64_t, std::string>> reported;
        for (const auto& p : plan) {
            if (!p.table->hasLocalIndexes() || !reported.emplace(p.table->id(), p.key.pk).second) continue;
            auto entry = indexes::itemCollectionMetrics(ctx, *p.table, p.hashValue, p.key);
            if (!entry.ok()) return std::move(entry).error();
            metrics[p.table->name()].push_back(std::move(*entry));
        }
        if (!metrics.empty()) response["ItemCollectionMetrics"] = std::move(metrics);
    }
    return response;
}

}  // namespace shardscope::engine::ops
