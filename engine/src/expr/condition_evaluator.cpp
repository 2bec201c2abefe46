#include "expr/condition_evaluator.h"

#include "expr/path_lookup.h"
#include "expr/value_ops.h"

namespace shardscope::engine::expr {

ConditionEvaluator::Operand ConditionEvaluator::operand(const Node& node, const Item& item) const {
    Operand out;
    switch (node.kind) {
    case NodeKind::Value:
        out.value = &m_values[node.valueIndex];
        break;
    case NodeKind::Path:
        out.value = findPath(item, node.path);
        break;
    case NodeKind::Call:
        if (node.function == Function::Size) {
            const Operand argument = operand(node.children.front(), item);
            if (argument.value) {
                if (const auto size = valueSize(*argument.value)) {
                    out.isSize = true;
                    out.size = *size;
                }
            }
        }
        break;
    default:
        break;
    }
    return out;
}

bool ConditionEvaluator::equal(const Operand& a, const Operand& b) {
    if (!a.exists() || !b.exists()) return false;
    if (a.isSize && b.isSize) return a.size == b.size;
    if (a.isSize || b.isSize) {
        const Operand& sized = a.isSize ? a : b;
        const AttributeValue& other = *(a.isSize ? b.value : a.value);
        return other.is(AttributeType::N) && other.scalar() == numberText(sized.size);
    }
    return *a.value == *b.value;
}

bool ConditionEvaluator::order(const Operand& a, const Operand& b, int* result) {
    if (!a.exists() || !b.exists()) return false;
    if (a.isSize && b.isSize) {
        *result = a.size < b.size ? -1 : (a.size > b.size ? 1 : 0);
        return true;
    }
    if (a.isSize || b.isSize) {
        const AttributeValue& other = *(a.isSize ? b.value : a.value);
        if (!other.is(AttributeType::N)) return false;
        const std::string sized = numberText(a.isSize ? a.size : b.size);
        *result = a.isSize ? compareNumbers(sized, other.scalar()) : compareNumbers(other.scalar(), sized);
        return true;
    }
    const std::optional<int> c = orderValues(*a.value, *b.value);
    if (!c) return false;
    *result = *c;
    return true;
}

bool ConditionEvaluator::evaluateCall(const Node& node, const Item& item) const {
    const Operand first = operand(node.children.front(), item);
    switch (node.function) {
    case Function::AttributeExists:
        return first.exists();
    case Function::AttributeNotExists:
        return !first.exists();
    case Function::AttributeType: {
        const Operand typeName = operand(node.children[1], item);
        if (!first.value || !typeName.value || !typeName.value->is(AttributeType::S)) return false;
        return attributeTypeName(first.value->type()) == typeName.value->scalar();
    }
    case Function::BeginsWith: {
        const Operand prefix = operand(node.children[1], item);
        return first.value && prefix.value && valueBeginsWith(*first.value, *prefix.value);
    }
    case Function::Contains: {
        const Operand needle = operand(node.children[1], item);
        if (!first.value || !needle.exists()) return false;
        if (needle.isSize) {
            const AttributeValue number = AttributeValue::number(numberText(needle.size));
            return valueContains(*first.value, number);
        }
        return valueContains(*first.value, *needle.value);
    }
    default:
        return false;
    }
}

bool ConditionEvaluator::evaluate(const Node& node, const Item& item) const {
    switch (node.kind) {
    case NodeKind::Or:
        return evaluate(node.children[0], item) || evaluate(node.children[1], item);
    case NodeKind::And:
        return evaluate(node.children[0], item) && evaluate(node.children[1], item);
    case NodeKind::Not:
        return !evaluate(node.children[0], item);
    case NodeKind::Compare: {
        const Operand a = operand(node.children[0], item);
        const Operand b = operand(node.children[1], item);
        if (node.op == CompareOp::Eq) return equal(a, b);
        if (node.op == CompareOp::Ne) return !equal(a, b);
        int c = 0;
        if (!order(a, b, &c)) return false;
        switch (node.op) {
        case CompareOp::Lt: return c < 0;
        case CompareOp::Le: return c <= 0;
        case CompareOp::Gt: return c > 0;
        default: return c >= 0;
        }
    }
    case NodeKind::Between: {
        const Operand a = operand(node.children[0], item);
        const Operand lower = operand(node.children[1], item);
        const Operand upper = operand(node.children[2], item);
        int low = 0;
        int high = 0;
        return order(lower, a, &low) && order(a, upper, &high) && low <= 0 && high <= 0;
    }
    case NodeKind::In: {
        const Operand a = operand(node.children[0], item);
        if (!a.exists()) return false;
        for (std::size_t i = 1; i < node.children.size(); ++i) {
            if (equal(a, operand(node.children[i], item))) return true;
        }
        return false;
    }
    case NodeKind::Call:
        return evaluateCall(node, item);
    case NodeKind::True:
        return true;
    default:
        return false;
    }
}

}  // namespace shardscope::engine::expr
