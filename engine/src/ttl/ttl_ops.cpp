#include "ttl/ttl_ops.h"

#include "ops/table_ops.h"
#include "ttl/ttl_settings.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
using ttl::TtlSetting;
using ttl::TtlSettingsStore;

ApiError tableNameMissing() {
    return ApiError::validation("The parameter 'TableName' is required but was not present in the request");
}

ApiError tableNotFound(const std::string& name) {
    return ApiError::resourceNotFound("Requested resource not found: Table: " + name + " not found");
}

}  // namespace

Result<json> updateTimeToLive(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* name = reader.string("TableName");
    const json* spec = reader.object("TimeToLiveSpecification");
    std::optional<wire::RequestReader> specReader;
    const std::string* attribute = nullptr;
    std::optional<bool> enabled;
    if (spec) {
        specReader.emplace(*spec, "timeToLiveSpecification");
        attribute = specReader->string("AttributeName");
        enabled = specReader->boolean("Enabled");
    }
    if (!name) {
        if (Status s = specReader ? specReader->status() : Status::success(); !s.ok()) return std::move(s).error();
        SHARDSCOPE_TRY(reader.status());
        return tableNameMissing();
    }
    reader.tableName("TableName", name, true, true);
    if (reader.required("TimeToLiveSpecification", spec != nullptr)) {
        specReader->required("AttributeName", attribute != nullptr);
        specReader->required("Enabled", enabled.has_value());
        specReader->lengthBetween("AttributeName", attribute, 0, 255);
        if (Status s = specReader->status(); !s.ok()) reader.serializationError(std::move(s).error());
    }
    SHARDSCOPE_TRY(reader.status());
    if (attribute->empty()) return ApiError::validation("TimeToLiveSpecification.AttributeName must be non empty");

    TableSchema* table = resolveTable(ctx, *name);
    if (!table) return tableNotFound(*name);

    TtlSettingsStore store(*ctx.engine.db);
    const std::string uuid = table->description().value("TableId", "");
    auto current = store.get(uuid);
    if (!current.ok()) return std::move(current).error();
    const bool active = *current && (*current)->enabled;
    if (active && (*current)->attributeName != *attribute)
        return ApiError::validation("TimeToLive is active on a different AttributeName: current AttributeName is " +
                                    (*current)->attributeName);
    if (*enabled && active) return ApiError::validation("TimeToLive is already enabled");
    if (!*enabled && !active) return ApiError::validation("TimeToLive is already disabled");
    const std::int64_t now = ctx.engine.clock->nowMillis();
    if (*current && now - (*current)->modifiedMs < ctx.engine.options.ttlChangeCooldownSeconds * 1000 &&
        now >= (*current)->modifiedMs)
        return ApiError::validation("Time to live has been modified multiple times within a fixed interval");

    SHARDSCOPE_TRY(store.put(TtlSetting{uuid, *attribute, *enabled, now}));
    ctx.events.push_back({ChangeEvent::Kind::TableUpdated, table->name()});
    return json{{"TimeToLiveSpecification", {{"AttributeName", *attribute}, {"Enabled", *enabled}}}};
}

Result<json> describeTimeToLive(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* name = reader.string("TableName");
    if (!name) {
        SHARDSCOPE_TRY(reader.status());
        return tableNameMissing();
    }
    reader.tableName("TableName", name, true, true);
    SHARDSCOPE_TRY(reader.status());
    TableSchema* table = resolveTable(ctx, *name);
    if (!table) return tableNotFound(*name);

    TtlSettingsStore store(*ctx.engine.db);
    auto current = store.get(table->description().value("TableId", ""));
    if (!current.ok()) return std::move(current).error();
    json description = {{"TimeToLiveStatus", "DISABLED"}};
    if (*current && (*current)->enabled)
        description = {{"TimeToLiveStatus", "ENABLED"}, {"AttributeName", (*current)->attributeName}};
    return json{{"TimeToLiveDescription", std::move(description)}};
}

}  // namespace shardscope::engine::ops
