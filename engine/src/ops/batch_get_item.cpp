// BatchGetItem: up to 100 keys over any tables, each table with its own
// projection and consistency; a response past 16 MB leaves the rest in
// UnprocessedKeys, as DynamoDB does.
#include "ops/batch_ops.h"

#include "observe/throughput.h"
#include "ops/consumed_capacity.h"
#include "ops/item_helpers.h"
#include "ops/request_expressions.h"
#include "ops/table_ops.h"
#include "shardscope/engine/json_codec.h"

#include <map>
#include <set>

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr std::size_t kMaxKeys = 100;
constexpr std::size_t kMaxResponseBytes = 16 * 1024 * 1024;
const ExpressionSpec kBatchGetSpec{{"AttributesToGet"}, {"ProjectionExpression"}, "", {}};

struct TableRead {
    std::string requestName;
    TableSchema* table = nullptr;
    const json* request = nullptr;  // the KeysAndAttributes object
    std::unique_ptr<RequestExpressions> expressions;
    std::optional<expr::ParsedProjection> projection;
    bool consistent = false;
    std::vector<std::pair<Item, storage::StoredKey>> keys;
};

}  // namespace

Result<json> batchGetItem(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const json* requestItems = reader.object("RequestItems");
    const std::string* rcc = reader.string("ReturnConsumedCapacity");
    reader.enumValue("ReturnConsumedCapacity", rcc, {"INDEXES", "TOTAL", "NONE"});
    if (reader.required("RequestItems", requestItems != nullptr)) {
        if (requestItems->empty())
            reader.violation("RequestItems", "'{}'", "Member must have length greater than or equal to 1");
        for (auto it = requestItems->begin(); it != requestItems->end(); ++it) {
            const std::string name = it.key();
            reader.tableName("RequestItems", &name, false);
            if (!it.value().is_object()) {
                reader.serializationError(ApiError::serialization("Expected map or null"));
                continue;
            }
            wire::RequestReader table(it.value(), "requestItems." + name + ".member");
            const json* keys = table.array("Keys");
            if (table.required("Keys", keys != nullptr)) table.countBetween("Keys", keys, 1, kMaxKeys);
            table.boolean("ConsistentRead");
            if (Status s = table.status(); !s.ok()) reader.serializationError(std::move(s).error());
        }
    }
    SHARDSCOPE_TRY(reader.status());

    std::vector<TableRead> reads;
    std::size_t totalKeys = 0;
    for (auto it = requestItems->begin(); it != requestItems->end(); ++it) {
        TableRead read;
        read.requestName = it.key();
        read.request = &it.value();
        read.consistent = it.value().value("ConsistentRead", false);
        auto expressions = RequestExpressions::open(it.value(), kBatchGetSpec);
        if (!expressions.ok()) return std::move(expressions).error();
        read.expressions = std::move(*expressions);
        auto projection = read.expressions->projection();
        if (!projection.ok()) return std::move(projection).error();
        read.projection = std::move(*projection);
        SHARDSCOPE_TRY(read.expressions->finish());
        totalKeys += it.value()["Keys"].size();
        reads.push_back(std::move(read));
    }
    if (totalKeys > kMaxKeys) return ApiError::validation("Too many items requested for the BatchGetItem call");

    for (auto& read : reads) {
        read.table = resolveTable(ctx, read.requestName);
        if (!read.table) return ApiError::resourceNotFound();
        std::set<std::pair<std::string, std::string>> seen;
        for (const auto& keyJson : (*read.request)["Keys"]) {
            auto key = itemFromJson(keyJson);
            if (!key.ok()) return std::move(key).error();
            auto stored = read.table->keyOfKey(*key);
            if (!stored.ok()) return std::move(stored).error();
            if (!seen.emplace(stored->pk, stored->sk).second)
                return ApiError::validation("Provided list of item keys contains duplicates");
            read.keys.emplace_back(std::move(*key), std::move(*stored));
        }
    }

    json responses = json::object();
    json unprocessed = json::object();
    std::map<std::string, double> units;
    std::size_t responseBytes = 0;
    std::optional<ApiError> throttle;
    std::size_t served = 0;
    for (auto& read : reads) {
        json items = json::array();
        for (const auto& [key, stored] : read.keys) {
            // A throttled key comes back in UnprocessedKeys, like one past the size limit.
            const observe::KeyRef keyRef = observe::keyRef(stored);
            Status admitted = responseBytes >= kMaxResponseBytes ? Status::success()
                                                                 : observe::admitRead(ctx, *read.table, nullptr, &keyRef);
            if (!admitted.ok()) throttle = admitted.error();
            if (responseBytes >= kMaxResponseBytes || !admitted.ok()) {
                json& pending = unprocessed[read.requestName];
                if (pending.is_null()) {
                    pending = *read.request;
                    pending["Keys"] = json::array();
                }
                pending["Keys"].push_back(toJson(key));
                continue;
            }
            auto row = ctx.engine.items->get(read.table->id(), stored);
            if (!row.ok()) return std::move(row).error();
            const std::size_t size = *row ? static_cast<std::size_t>((*row)->size) : 0;
            units[read.table->name()] += readUnits(size, read.consistent);
            observe::chargeRead(ctx, *read.table, nullptr, &keyRef, readUnits(size, read.consistent));
            ++served;
            if (!*row) continue;
            auto item = decodeRow(*row);
            if (!item.ok()) return std::move(item).error();
            responseBytes += size;
            items.push_back(toJson(read.projection ? expr::project(*read.projection, **item) : **item));
        }
        responses[read.requestName] = std::move(items);
    }

    if (throttle && served == 0) return *throttle;
    json response = {{"Responses", std::move(responses)}, {"UnprocessedKeys", std::move(unprocessed)}};
    const CapacityDetail detail = capacityDetail(rcc);
    if (detail != CapacityDetail::None) response["ConsumedCapacity"] = consumedCapacityList(units, detail);
    return response;
}

}  // namespace shardscope::engine::ops
