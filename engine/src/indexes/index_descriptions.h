// Edits of a stored TableDescription's index lists, shared by the online
// index life cycle and the backfill worker.
//
// Thread-safety: pure functions on the given JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::engine::indexes {

inline constexpr const char* kGlobalIndexes = "GlobalSecondaryIndexes";
inline constexpr const char* kLocalIndexes = "LocalSecondaryIndexes";

// The element of description[member] named `name`; null when absent.
nlohmann::json* findIndexDescription(nlohmann::json& description, const char* member, std::string_view name);
const nlohmann::json* findIndexDescription(const nlohmann::json& description, const char* member, std::string_view name);

// A GSI's IndexStatus ("" when the description has no such GSI).
std::string globalIndexStatus(const nlohmann::json& description, std::string_view name);

// Removes the GSI (and GlobalSecondaryIndexes when it was the last), then
// the attribute definitions no key schema uses any more.
void removeGlobalIndexDescription(nlohmann::json& description, std::string_view name);

}  // namespace shardscope::engine::indexes
