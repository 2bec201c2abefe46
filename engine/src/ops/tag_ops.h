// Tagging: TagResource, UntagResource, ListTagsOfResource on table ARNs,
// and the Tags parameter of CreateTable.
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> tagResource(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> untagResource(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> listTagsOfResource(OpContext& ctx, const nlohmann::json& request);

// Validates a Tags list (TagResource, CreateTable) with DynamoDB's constraint
// messages; `path` names it in messages ("tags").
Status validateTags(const nlohmann::json& tags, const std::string& path);
// Stores validated tags for a table.
Status storeTags(OpContext& ctx, std::int64_t tableId, const nlohmann::json& tags);

}  // namespace shardscope::engine::ops
