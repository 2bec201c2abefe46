// UpdateChecker: DynamoDB's semantic checks on a parsed UpdateExpression, and
// the resolve step for its placeholders.
//
// Order, as DynamoDB reports problems: sections (SET, REMOVE, ADD, DELETE) in
// order of first appearance, each walked for static problems (reserved words,
// index range, function names and placement) and then checked for appearing
// twice; next every action path's "#names" and the overlap/conflict rule
// between action paths; last, walking the actions from the last to the first,
// every remaining "#name", then values, operand types and counts, and ADD /
// DELETE operand types.
//
// Thread-safety: single-use, single-threaded; mutates the context.
#pragma once

#include "expr/ast.h"
#include "expr/expression_context.h"
#include "shardscope/engine/result.h"

#include <vector>

namespace shardscope::engine::expr {

class UpdateChecker {
public:
    UpdateChecker(ExpressionContext& context, std::vector<AttributeValue>& values)
        : m_context(context), m_values(values) {}

    // Resolves `actions` in place; `values` receives the literal values used.
    Status check(std::vector<UpdateAction>& actions);

private:
    ExpressionContext& m_context;
    std::vector<AttributeValue>& m_values;
};

}  // namespace shardscope::engine::expr
