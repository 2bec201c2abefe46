// NodeChecker: DynamoDB's semantic checks on condition and update-value
// nodes, and the resolve step that binds their placeholders.
//
// DynamoDB checks an expression in passes, each walking it in written order
// and stopping at the first problem:
//   staticPass  - list index range, unescaped reserved words, function names,
//                 where each function may appear, operand counts (conditions);
//   resolvePass - "#name"/":value" placeholders (undefined ones are errors),
//                 path depth, then per operator: operand types of literal
//                 values, "first operand must be distinct", BETWEEN bounds,
//                 IN operand count, functions that need a path, operand counts
//                 (updates).
// resolvePass replaces placeholders in place: path elements get attribute
// names, value nodes an index into `values`, which receives a copy of each
// distinct value used. Errors carry the "Invalid ...Expression: " prefix.
//
// Thread-safety: single-use, single-threaded; mutates the context.
#pragma once

#include "expr/ast.h"
#include "expr/expression_context.h"
#include "shardscope/engine/result.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace shardscope::engine::expr {

inline constexpr std::size_t kMaxOperators = 300;
inline constexpr std::size_t kMaxInListOperands = 100;

// Operators and functions in a tree (comparisons, BETWEEN, IN, AND, OR, NOT,
// function calls, + and -), for the 300-operator limit.
std::size_t countOperators(const Node& node);

class NodeChecker {
public:
    enum class Place { Condition, Operand };

    NodeChecker(ExpressionKind kind, ExpressionContext& context, std::vector<AttributeValue>& values);

    Status staticPass(const Node& node, Place place);
    // Fails on the first undefined "#name" anywhere in the node; binds nothing.
    Status checkNamesDefined(const Node& node) const;
    Status resolvePass(Node& node);

private:
    ApiError invalid(std::string message) const;
    ApiError operandType(std::string_view op, std::string_view type) const;
    std::optional<AttributeType> staticType(const Node& node) const;
    const AttributeValue* literal(const Node& node) const;
    Status checkDistinct(std::string_view op, const Node& parent, std::size_t first) const;
    Status checkOrderable(std::string_view op, const Node& node) const;
    Status resolveValue(Node& node);
    Status checkCall(const Node& node) const;
    Status checkBetweenBounds(const Node& node) const;

    ExpressionKind m_kind;
    bool m_inUpdate;
    ExpressionContext& m_context;
    std::vector<AttributeValue>& m_values;
    std::vector<std::pair<std::string, std::uint32_t>> m_slots;  // ":v" -> index in m_values
};

}  // namespace shardscope::engine::expr
