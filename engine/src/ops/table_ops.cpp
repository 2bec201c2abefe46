#include "ops/table_ops.h"

#include "indexes/index_lifecycle.h"
#include "streams/stream_lifecycle.h"

#include "storage/tag_store.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {

using nlohmann::json;

TableSchema* resolveTable(OpContext& ctx, const std::string& nameOrArn) {
    if (nameOrArn.rfind("arn:", 0) == 0) {
        const auto slash = nameOrArn.find(":table/");
        if (slash == std::string::npos) return nullptr;
        const std::string name = nameOrArn.substr(slash + 7);
        if (name.find('/') != std::string::npos) return nullptr;
        return ctx.engine.findTable(name);
    }
    return ctx.engine.findTable(nameOrArn);
}

void readProvisionedThroughput(wire::RequestReader& reader, const json* throughput, const std::string& path) {
    if (!throughput) return;
    wire::RequestReader t(*throughput, path);
    const auto wcu = t.integer("WriteCapacityUnits");
    const auto rcu = t.integer("ReadCapacityUnits");
    if (t.required("WriteCapacityUnits", wcu.has_value())) t.minValue("WriteCapacityUnits", wcu, 1);
    if (t.required("ReadCapacityUnits", rcu.has_value())) t.minValue("ReadCapacityUnits", rcu, 1);
    if (Status s = t.status(); !s.ok()) reader.serializationError(std::move(s).error());
}

Result<TableSchema*> namedTable(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* name = reader.string("TableName");
    reader.tableName("TableName", name, true, true);
    SHARDSCOPE_TRY(reader.status());
    TableSchema* table = resolveTable(ctx, *name);
    if (!table) return ApiError::resourceNotFound("Requested resource not found: Table: " + *name + " not found");
    return table;
}

Result<json> describeTable(OpContext& ctx, const json& request) {
    auto table = namedTable(ctx, request);
    if (!table.ok()) return std::move(table).error();
    return json{{"Table", (*table)->describe()}};
}

Result<json> listTables(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* start = reader.string("ExclusiveStartTableName");
    const auto limit = reader.integer("Limit", "Integer");
    reader.tableName("ExclusiveStartTableName", start, false);
    reader.minValue("Limit", limit, 1);
    reader.maxValue("Limit", limit, 100);
    SHARDSCOPE_TRY(reader.status());

    const std::size_t max = static_cast<std::size_t>(limit.value_or(100));
    json names = json::array();
    auto& tables = ctx.engine.tables;
    auto it = start ? tables.upper_bound(*start) : tables.begin();
    for (; it != tables.end() && names.size() < max; ++it) names.push_back(it->first);
    json response = {{"TableNames", std::move(names)}};
    if (it != tables.end() && !response["TableNames"].empty())
        response["LastEvaluatedTableName"] = response["TableNames"].back();
    return response;
}

Result<json> deleteTable(OpContext& ctx, const json& request) {
    auto named = namedTable(ctx, request);
    if (!named.ok()) return std::move(named).error();
    TableSchema* table = *named;
    if (table->description().value("DeletionProtectionEnabled", false))
        return ApiError::validation(
            "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");

    auto& engine = ctx.engine;
    json description = table->describe();
    description["TableStatus"] = "DELETING";
    storage::Transaction tx(*engine.db);
    SHARDSCOPE_TRY(tx.begin());
    SHARDSCOPE_TRY(engine.items->eraseTable(table->id()));
    SHARDSCOPE_TRY(indexes::dropTableIndexes(ctx, table->id()));
    SHARDSCOPE_TRY(streamTableDeleted(ctx, *table));
    SHARDSCOPE_TRY(engine.catalog->remove(table->id()));
    SHARDSCOPE_TRY(storage::TagStore(*engine.db).removeAll(table->id()));
    SHARDSCOPE_TRY(tx.commit());
    const std::string tableName = table->name();
    engine.tables.erase(tableName);
    ctx.events.push_back({ChangeEvent::Kind::TableDeleted, tableName});
    return json{{"TableDescription", std::move(description)}};
}

}  // namespace shardscope::engine::ops
