// UpdateApplier: applies a resolved UpdateExpression to an item.
//
// Every value is computed from the item as it was before the update (so
// "SET a = b REMOVE b" copies the old b). List indexes refer to the list
// before the update: REMOVE shifts later elements, SET on an index past the
// end appends, several appends land in index order. REMOVE of a missing
// attribute or list element is a no-op; ADD to a missing attribute starts
// from 0 / the empty set; DELETE of the last set members removes the
// attribute. Runtime errors are reported in DynamoDB's order: a path into an
// existing non-map/non-list, then wrong operand types, then (clause by
// clause, last first) paths whose parent is missing and attributes a SET reads
// that do not exist, then number overflow of a SET's arithmetic.
//
// Thread-safety: const; safe to share across threads.
#pragma once

#include "expr/ast.h"
#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <vector>

namespace shardscope::engine::expr {

class UpdateApplier {
public:
    // Both must outlive the applier. `legacy`: the actions come from
    // AttributeUpdates, whose ADD also appends lists and whose type errors
    // read "Type mismatch for attribute to update".
    UpdateApplier(const std::vector<UpdateAction>& actions, const std::vector<AttributeValue>& values,
                  bool legacy = false)
        : m_actions(actions), m_values(values), m_legacy(legacy) {}

    // `base` is the stored item, or (when `itemExists` is false) the item
    // made of the request's key attributes. On a missing item, REMOVE paths
    // whose parents are missing are ignored, as in DynamoDB.
    Result<Item> apply(const Item& base, bool itemExists) const;

private:
    struct Failure;
    struct Write;

    bool setValue(const Node& node, const Item& item, AttributeValue* out, Failure* failure) const;

    const std::vector<UpdateAction>& m_actions;
    const std::vector<AttributeValue>& m_values;
    bool m_legacy;
};

}  // namespace shardscope::engine::expr
