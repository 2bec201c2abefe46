// Looking up a resolved document path in an item.
//
// findPath() follows map keys and list indexes from the item's top level and
// returns nullptr as soon as a step is missing or of the wrong type (a name
// into a non-map, an index into a non-list or past its end). The path must be
// resolved (no "#name" placeholders left).
//
// Thread-safety: pure functions.
#pragma once

#include "expr/ast.h"
#include "shardscope/engine/attribute_value.h"

namespace shardscope::engine::expr {

const AttributeValue* findPath(const Item& item, const DocumentPath& path);
// The same for a prefix: the first `length` elements of the path.
const AttributeValue* findPathPrefix(const Item& item, const DocumentPath& path, std::size_t length);
AttributeValue* findPathPrefix(Item& item, const DocumentPath& path, std::size_t length);

}  // namespace shardscope::engine::expr
