#include "expr/key_condition.h"

#include "expr/value_ops.h"

#include <map>

namespace shardscope::engine::expr {
namespace {

const std::string kPrefix = "Invalid KeyConditionExpression: ";

ApiError invalidOperator(std::string_view op) {
    return ApiError::validation("Invalid operator used in KeyConditionExpression: " + std::string(op));
}

ApiError missedKey(const std::string& name) {
    return ApiError::validation("Query condition missed key schema element: " + name);
}

// One condition on one attribute, after normalisation to "key OP values".
struct Part {
    const Node* node = nullptr;
    const DocumentPath* path = nullptr;
    SortKeyOp op = SortKeyOp::None;
    std::vector<const Node*> values;
};

Status collectParts(const Node& node, std::vector<const Node*>& parts) {
    switch (node.kind) {
    case NodeKind::And:
        SHARDSCOPE_TRY(collectParts(node.children[0], parts));
        return collectParts(node.children[1], parts);
    case NodeKind::Or: return invalidOperator("OR");
    case NodeKind::Not: return invalidOperator("NOT");
    case NodeKind::In: return invalidOperator("IN");
    case NodeKind::Compare:
        if (node.op == CompareOp::Ne) return invalidOperator("<>");
        break;
    case NodeKind::Call:
        if (node.function != Function::BeginsWith) return invalidOperator(node.text);
        break;
    default:
        break;
    }
    parts.push_back(&node);
    return Status::success();
}

SortKeyOp compareOp(CompareOp op, bool flipped) {
    switch (op) {
    case CompareOp::Lt: return flipped ? SortKeyOp::Gt : SortKeyOp::Lt;
    case CompareOp::Le: return flipped ? SortKeyOp::Ge : SortKeyOp::Le;
    case CompareOp::Gt: return flipped ? SortKeyOp::Lt : SortKeyOp::Gt;
    case CompareOp::Ge: return flipped ? SortKeyOp::Le : SortKeyOp::Ge;
    default: return SortKeyOp::Eq;
    }
}

Status normalise(const Node& node, Part* part) {
    part->node = &node;
    for (const Node& operand : node.children) {
        if (operand.kind == NodeKind::Call)
            return ApiError::validation(kPrefix + "KeyConditionExpressions cannot contain nested operations");
    }
    const Node* key = nullptr;
    switch (node.kind) {
    case NodeKind::Compare: {
        const Node& a = node.children[0];
        const Node& b = node.children[1];
        const bool flipped = a.kind != NodeKind::Path;
        key = flipped ? &b : &a;
        part->op = compareOp(node.op, flipped);
        part->values.push_back(flipped ? &a : &b);
        break;
    }
    case NodeKind::Between:
        if (node.children[0].kind != NodeKind::Path)
            return ApiError::validation(
                "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first "
                "operand");
        key = &node.children[0];
        part->op = SortKeyOp::Between;
        part->values = {&node.children[1], &node.children[2]};
        break;
    default:  // begins_with
        if (node.children[0].kind != NodeKind::Path)
            return ApiError::validation(
                "Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its "
                "first operand");
        key = &node.children[0];
        part->op = SortKeyOp::BeginsWith;
        part->values.push_back(&node.children[1]);
        break;
    }
    if (key->kind == NodeKind::Path) part->path = &key->path;
    for (const Node* value : part->values) {
        if (value->kind == NodeKind::Path) {
            if (!part->path)
                part->path = &value->path;
            else
                return ApiError::validation(
                    "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
        }
    }
    return Status::success();
}

Status checkValue(const AttributeValue& value, AttributeType keyType, const std::string& keyName) {
    if (value.type() != keyType)
        return ApiError::validation(
            "One or more parameter values were invalid: Condition parameter type does not match schema type");
    if (value.scalar().empty()) {
        return ApiError::validation(std::string("One or more parameter values are not valid. The AttributeValue for a key "
                                                "attribute cannot contain an empty ") +
                                    (keyType == AttributeType::B ? "binary" : "string") + " value. Key: " + keyName);
    }
    return Status::success();
}

}  // namespace

bool KeyCondition::matchesSortKey(const AttributeValue& value) const {
    if (sortOp == SortKeyOp::None) return true;
    if (sortOp == SortKeyOp::BeginsWith) return valueBeginsWith(value, sortValues[0]);
    const std::optional<int> c = orderValues(value, sortValues[0]);
    if (!c) return false;
    switch (sortOp) {
    case SortKeyOp::Eq: return *c == 0;
    case SortKeyOp::Lt: return *c < 0;
    case SortKeyOp::Le: return *c <= 0;
    case SortKeyOp::Gt: return *c > 0;
    case SortKeyOp::Ge: return *c >= 0;
    case SortKeyOp::Between: {
        const std::optional<int> upper = orderValues(value, sortValues[1]);
        return *c >= 0 && upper && *upper <= 0;
    }
    default: return false;
    }
}

Status checkKeyConditionValues(const KeyCondition& condition, const KeySchemaNames& schema) {
    SHARDSCOPE_TRY(checkValue(condition.partitionValue, schema.partitionType, schema.partitionKey));
    for (const AttributeValue& value : condition.sortValues) SHARDSCOPE_TRY(checkValue(value, schema.sortType, schema.sortKey));
    return Status::success();
}

Result<KeyCondition> extractKeyCondition(const Node& root, const std::vector<AttributeValue>& values,
                                         const KeySchemaNames& schema) {
    std::vector<const Node*> nodes;
    SHARDSCOPE_TRY(collectParts(root, nodes));
    std::vector<Part> parts(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) SHARDSCOPE_TRY(normalise(*nodes[i], &parts[i]));

    std::map<std::string, int, std::less<>> counts;
    for (const Part& part : parts) {
        if (!part.path) return missedKey(schema.partitionKey);
        const std::string& name = part.path->root();
        if (part.path->isNested()) {
            if (name == schema.partitionKey || (schema.hasSortKey() && name == schema.sortKey))
                return ApiError::validation(
                    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: " +
                    name);
            return ApiError::validation(kPrefix + "KeyConditionExpressions cannot have conditions on nested attributes");
        }
        ++counts[name];
    }
    for (const auto& entry : counts) {
        if (entry.second > 1)
            return ApiError::validation(kPrefix + "KeyConditionExpressions must only contain one condition per key");
    }
    const std::size_t keyCount = schema.hasSortKey() ? 2 : 1;
    if (parts.size() > keyCount)
        return ApiError::validation("The number of query conditions (" + std::to_string(parts.size()) +
                                    ") exceeds the number of key attributes defined in the schema (" +
                                    std::to_string(keyCount) + ")");
    const Part* partition = nullptr;
    const Part* sort = nullptr;
    for (const Part& part : parts) {
        if (part.path->root() == schema.partitionKey)
            partition = &part;
        else if (schema.hasSortKey() && part.path->root() == schema.sortKey)
            sort = &part;
    }
    if (!partition) return missedKey(schema.partitionKey);
    if (parts.size() == 2 && !sort) return missedKey(schema.sortKey);
    if (partition->op != SortKeyOp::Eq) return ApiError::validation("Query key condition not supported");

    KeyCondition condition;
    condition.partitionKey = schema.partitionKey;
    condition.partitionValue = values[partition->values[0]->valueIndex];
    if (sort) {
        condition.sortOp = sort->op;
        condition.sortKey = schema.sortKey;
        for (const Node* value : sort->values) condition.sortValues.push_back(values[value->valueIndex]);
    }
    SHARDSCOPE_TRY(checkKeyConditionValues(condition, schema));
    return condition;
}

std::optional<std::string> prefixSuccessor(std::string_view prefix) {
    std::string out(prefix);
    while (!out.empty() && static_cast<unsigned char>(out.back()) == 0xFF) out.pop_back();
    if (out.empty()) return std::nullopt;
    out.back() = static_cast<char>(static_cast<unsigned char>(out.back()) + 1);
    return out;
}

}  // namespace shardscope::engine::expr
