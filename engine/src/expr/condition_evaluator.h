// ConditionEvaluator: evaluates a resolved condition tree against an item.
//
// DynamoDB semantics: a comparison with a missing attribute is false, except
// "<>" (true) and attribute_not_exists (true); values of different types are
// never equal ("<>" is then true) and never ordered; N compares numerically,
// S and B as unsigned bytes; sets compare as sets; L and M by value. A missing
// item is evaluated as an empty item. NOT negates whatever its operand gives.
// Evaluation allocates nothing beyond small-string number texts for size().
//
// Thread-safety: const and stateless apart from the borrowed value table;
// safe to share across threads.
#pragma once

#include "expr/ast.h"
#include "shardscope/engine/attribute_value.h"

#include <cstdint>
#include <vector>

namespace shardscope::engine::expr {

class ConditionEvaluator {
public:
    // `values` is the parsed expression's value table; it must outlive this.
    explicit ConditionEvaluator(const std::vector<AttributeValue>& values) : m_values(values) {}

    bool evaluate(const Node& node, const Item& item) const;

private:
    // An operand's value for one item: an attribute, a literal, a size() result,
    // or nothing (missing attribute).
    struct Operand {
        const AttributeValue* value = nullptr;
        bool isSize = false;
        std::uint64_t size = 0;

        bool exists() const { return value != nullptr || isSize; }
    };

    Operand operand(const Node& node, const Item& item) const;
    bool evaluateCall(const Node& node, const Item& item) const;
    static bool equal(const Operand& a, const Operand& b);
    // <0, 0, >0; false when the operands cannot be ordered.
    static bool order(const Operand& a, const Operand& b, int* result);

    const std::vector<AttributeValue>& m_values;
};

}  // namespace shardscope::engine::expr
