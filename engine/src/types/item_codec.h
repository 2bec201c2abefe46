// Compact binary encoding of items for storage.
//
// Layout: varint entry count, then per attribute: varint name length, name,
// value. A value is a type byte followed by: S/N/B varint length + bytes (N as
// canonical text); BOOL one byte; NULL nothing; M a nested map; L varint
// count + values; SS/NS/BS varint count + (varint length + bytes) each.
// Decoding checks every bound, so a corrupt row is an error, never a crash.
// decodeItemToJson() goes from the encoding straight to DynamoDB JSON, for
// reads that return items as stored (no projection, no filter): the same JSON
// as toJson(decodeItem(bytes)), without building the Item in between.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shardscope::engine {

std::string encodeItem(const Item& item);
void encodeItemInto(const Item& item, std::string* out);
Result<Item> decodeItem(std::string_view bytes);
Result<nlohmann::json> decodeItemToJson(std::string_view bytes);

}  // namespace shardscope::engine
