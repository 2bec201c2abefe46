#include "ops/tag_ops.h"

#include "ops/table_ops.h"
#include "storage/tag_store.h"
#include "wire/request_reader.h"

namespace shardscope::engine::ops {
namespace {

using nlohmann::json;
constexpr std::size_t kMaxTagsPerResource = 50;

// The table a ResourceArn names, with the service's errors.
Result<TableSchema*> tableOfArn(OpContext& ctx, const std::string& arn) {
    if (arn.rfind("arn:", 0) != 0 || arn.find(":table/") == std::string::npos) return ApiError::validation("Invalid TableArn");
    TableSchema* table = resolveTable(ctx, arn);
    if (!table) return ApiError::resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
    return table;
}

storage::TagStore tagStore(OpContext& ctx) { return storage::TagStore(*ctx.engine.db); }

}  // namespace

Status validateTags(const json& tags, const std::string& path) {
    const json wrapper = {{"Tags", tags}};  // the reader borrows the object it reads
    wire::RequestReader reader(wrapper, path == "tags" ? "" : path.substr(0, path.rfind('.')));
    const json* list = reader.array("Tags");
    if (list) reader.countBetween("Tags", list, 1, kMaxTagsPerResource);
    if (list) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& tag = (*list)[i];
            if (!tag.is_object()) {
                reader.serializationError(ApiError::serialization("Expected map or null"));
                continue;
            }
            wire::RequestReader t(tag, reader.path("Tags") + "." + std::to_string(i + 1) + ".member");
            const std::string* key = t.string("Key");
            const std::string* value = t.string("Value");
            if (t.required("Key", key != nullptr)) t.lengthBetween("Key", key, 1, 128);
            if (t.required("Value", value != nullptr)) t.lengthBetween("Value", value, 0, 256);
            if (Status s = t.status(); !s.ok()) reader.serializationError(std::move(s).error());
        }
    }
    return reader.status();
}

Status storeTags(OpContext& ctx, std::int64_t tableId, const json& tags) {
    auto store = tagStore(ctx);
    for (const auto& tag : tags) SHARDSCOPE_TRY(store.put(tableId, tag["Key"].get<std::string>(), tag["Value"].get<std::string>()));
    return Status::success();
}

Result<json> tagResource(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* arn = reader.string("ResourceArn");
    reader.required("ResourceArn", arn != nullptr);
    reader.lengthBetween("ResourceArn", arn, 1, 1283);
    const json* tags = reader.array("Tags");
    reader.required("Tags", tags != nullptr);
    SHARDSCOPE_TRY(reader.status());
    SHARDSCOPE_TRY(validateTags(*tags, "tags"));
    auto table = tableOfArn(ctx, *arn);
    if (!table.ok()) return std::move(table).error();
    auto existing = tagStore(ctx).list((*table)->id());
    if (!existing.ok()) return std::move(existing).error();
    std::size_t total = existing->size();
    for (const auto& tag : *tags) {
        bool replaces = false;
        for (const auto& [k, v] : *existing) replaces = replaces || k == tag["Key"].get<std::string>();
        if (!replaces) ++total;
    }
    if (total > kMaxTagsPerResource) return ApiError::limitExceeded("The number of tags exceeds the limit of 50");
    SHARDSCOPE_TRY(storeTags(ctx, (*table)->id(), *tags));
    return json::object();
}

Result<json> untagResource(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* arn = reader.string("ResourceArn");
    reader.required("ResourceArn", arn != nullptr);
    const json* keys = reader.array("TagKeys");
    if (reader.required("TagKeys", keys != nullptr)) reader.countBetween("TagKeys", keys, 1, kMaxTagsPerResource);
    SHARDSCOPE_TRY(reader.status());
    auto table = tableOfArn(ctx, *arn);
    if (!table.ok()) return std::move(table).error();
    auto store = tagStore(ctx);
    for (const auto& key : *keys) {
        if (!key.is_string()) return ApiError::serialization("Unexpected value type in TagKeys");
        SHARDSCOPE_TRY(store.remove((*table)->id(), key.get<std::string>()));
    }
    return json::object();
}

Result<json> listTagsOfResource(OpContext& ctx, const json& request) {
    wire::RequestReader reader(request);
    const std::string* arn = reader.string("ResourceArn");
    reader.required("ResourceArn", arn != nullptr);
    const std::string* nextToken = reader.string("NextToken");
    SHARDSCOPE_TRY(reader.status());
    auto table = tableOfArn(ctx, *arn);
    if (!table.ok()) return std::move(table).error();
    auto tags = tagStore(ctx).list((*table)->id());
    if (!tags.ok()) return std::move(tags).error();
    // A page holds every tag (at most 50); NextToken resumes after a key.
    json list = json::array();
    for (const auto& [key, value] : *tags)
        if (!nextToken || key > *nextToken) list.push_back({{"Key", key}, {"Value", value}});
    return json{{"Tags", std::move(list)}};
}

}  // namespace shardscope::engine::ops
