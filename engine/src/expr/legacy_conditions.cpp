#include "expr/legacy_conditions.h"

#include "expr/value_ops.h"

#include <array>

namespace shardscope::engine::expr {
namespace {

constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

struct OperatorInfo {
    LegacyOperator op;
    std::string_view name;
};

constexpr std::array<OperatorInfo, 13> kOperators = {{
    {LegacyOperator::Eq, "EQ"},
    {LegacyOperator::Ne, "NE"},
    {LegacyOperator::In, "IN"},
    {LegacyOperator::Le, "LE"},
    {LegacyOperator::Lt, "LT"},
    {LegacyOperator::Ge, "GE"},
    {LegacyOperator::Gt, "GT"},
    {LegacyOperator::Between, "BETWEEN"},
    {LegacyOperator::NotNull, "NOT_NULL"},
    {LegacyOperator::Null, "NULL"},
    {LegacyOperator::Contains, "CONTAINS"},
    {LegacyOperator::NotContains, "NOT_CONTAINS"},
    {LegacyOperator::BeginsWith, "BEGINS_WITH"},
}};

ApiError invalid(std::string message) { return ApiError::validation(std::string(kInvalid) + std::move(message)); }

bool argumentCountValid(LegacyOperator op, std::size_t count) {
    switch (op) {
    case LegacyOperator::Null:
    case LegacyOperator::NotNull: return count == 0;
    case LegacyOperator::In: return count >= 1;
    case LegacyOperator::Between: return count == 2;
    default: return count == 1;
    }
}

bool typeValid(LegacyOperator op, AttributeType type) {
    const bool scalar = type == AttributeType::S || type == AttributeType::N || type == AttributeType::B;
    switch (op) {
    case LegacyOperator::Eq:
    case LegacyOperator::Ne: return scalar || isSetType(type);
    case LegacyOperator::BeginsWith: return type == AttributeType::S || type == AttributeType::B;
    default: return scalar;
    }
}

// Count, same-type, per-operator type and BETWEEN order checks on a list.
Status checkArguments(LegacyOperator op, const std::vector<AttributeValue>& values) {
    const std::string_view name = legacyOperatorName(op);
    if (!argumentCountValid(op, values.size()))
        return invalid("Invalid number of argument(s) for the " + std::string(name) + " ComparisonOperator");
    for (const AttributeValue& value : values) {
        if (value.type() != values.front().type())
            return invalid("AttributeValues inside AttributeValueList must be of same type");
    }
    for (const AttributeValue& value : values) {
        if (!typeValid(op, value.type()))
            return invalid("ComparisonOperator " + std::string(name) + " is not valid for " +
                           std::string(attributeTypeName(value.type())) + " AttributeValue type");
    }
    if (op == LegacyOperator::Between) {
        const std::optional<int> order = orderValues(values[0], values[1]);
        if (order && *order > 0)
            return ApiError::validation(
                "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
    }
    return Status::success();
}

class Builder {
public:
    explicit Builder(ParsedCondition& out) : m_out(out) {}

    Node path(const std::string& attribute) const {
        Node node;
        node.kind = NodeKind::Path;
        node.path.elements.push_back({attribute, -1, false});
        return node;
    }

    Node value(const AttributeValue& v) {
        Node node;
        node.kind = NodeKind::Value;
        node.valueIndex = static_cast<std::uint32_t>(m_out.values.size());
        m_out.values.push_back(v);
        return node;
    }

    static Node call(Function function, std::vector<Node> arguments) {
        Node node;
        node.kind = NodeKind::Call;
        node.function = function;
        node.text = std::string(functionName(function));
        node.children = std::move(arguments);
        return node;
    }

    static Node compare(CompareOp op, Node a, Node b) {
        Node node;
        node.kind = NodeKind::Compare;
        node.op = op;
        node.children.push_back(std::move(a));
        node.children.push_back(std::move(b));
        return node;
    }

    static Node combine(NodeKind kind, Node a, Node b) {
        Node node;
        node.kind = kind;
        node.children.push_back(std::move(a));
        node.children.push_back(std::move(b));
        return node;
    }

    Node condition(const std::string& attribute, LegacyOperator op, const std::vector<AttributeValue>& values) {
        switch (op) {
        case LegacyOperator::Eq: return compare(CompareOp::Eq, path(attribute), value(values[0]));
        case LegacyOperator::Ne: return compare(CompareOp::Ne, path(attribute), value(values[0]));
        case LegacyOperator::Lt: return compare(CompareOp::Lt, path(attribute), value(values[0]));
        case LegacyOperator::Le: return compare(CompareOp::Le, path(attribute), value(values[0]));
        case LegacyOperator::Gt: return compare(CompareOp::Gt, path(attribute), value(values[0]));
        case LegacyOperator::Ge: return compare(CompareOp::Ge, path(attribute), value(values[0]));
        case LegacyOperator::Null: return call(Function::AttributeNotExists, vector(path(attribute)));
        case LegacyOperator::NotNull: return call(Function::AttributeExists, vector(path(attribute)));
        case LegacyOperator::Contains: return call(Function::Contains, vector(path(attribute), value(values[0])));
        case LegacyOperator::BeginsWith: return call(Function::BeginsWith, vector(path(attribute), value(values[0])));
        case LegacyOperator::NotContains: {
            Node negated;
            negated.kind = NodeKind::Not;
            negated.children.push_back(call(Function::Contains, vector(path(attribute), value(values[0]))));
            return combine(NodeKind::And, call(Function::AttributeExists, vector(path(attribute))), std::move(negated));
        }
        case LegacyOperator::Between: {
            Node node;
            node.kind = NodeKind::Between;
            node.children.push_back(path(attribute));
            node.children.push_back(value(values[0]));
            node.children.push_back(value(values[1]));
            return node;
        }
        case LegacyOperator::In: {
            Node node;
            node.kind = NodeKind::In;
            node.children.push_back(path(attribute));
            for (const AttributeValue& v : values) node.children.push_back(value(v));
            return node;
        }
        }
        return Node();
    }

private:
    static std::vector<Node> vector(Node a) {
        std::vector<Node> out;
        out.push_back(std::move(a));
        return out;
    }
    static std::vector<Node> vector(Node a, Node b) {
        std::vector<Node> out;
        out.push_back(std::move(a));
        out.push_back(std::move(b));
        return out;
    }

    ParsedCondition& m_out;
};

// Joins the translated conditions; no conditions is a condition that holds.
Result<ParsedCondition> join(std::vector<Node> nodes, ParsedCondition parsed,
                             std::optional<ConditionalOperator> conditionalOperator) {
    if (conditionalOperator && nodes.size() < 2)
        return ApiError::validation("ConditionalOperator can only be used when Filter or Expected has two or more elements");
    const NodeKind kind = conditionalOperator == ConditionalOperator::Or ? NodeKind::Or : NodeKind::And;
    if (nodes.empty()) {
        parsed.root.kind = NodeKind::True;
        return parsed;
    }
    Node root = std::move(nodes.front());
    for (std::size_t i = 1; i < nodes.size(); ++i) root = Builder::combine(kind, std::move(root), std::move(nodes[i]));
    parsed.root = std::move(root);
    return parsed;
}

}  // namespace

std::optional<LegacyOperator> parseLegacyOperator(std::string_view name) {
    for (const OperatorInfo& info : kOperators) {
        if (info.name == name) return info.op;
    }
    return std::nullopt;
}

std::string_view legacyOperatorName(LegacyOperator op) {
    for (const OperatorInfo& info : kOperators) {
        if (info.op == op) return info.name;
    }
    return "EQ";
}

Result<ParsedCondition> translateExpected(const std::vector<LegacyCondition>& expected,
                                          std::optional<ConditionalOperator> conditionalOperator) {
    ParsedCondition parsed;
    Builder builder(parsed);
    std::vector<Node> nodes;
    for (const LegacyCondition& c : expected) {
        const std::string& key = c.attribute;
        if (c.attributeValueList && c.value)
            return invalid("Value and AttributeValueList cannot be used together for Attribute: " + key);
        if (c.comparisonOperator) {
            const LegacyOperator op = *c.comparisonOperator;
            const std::string_view name = legacyOperatorName(op);
            if (c.exists) return invalid("Exists and ComparisonOperator cannot be used together for Attribute: " + key);
            if (op != LegacyOperator::Null && op != LegacyOperator::NotNull && !c.attributeValueList && !c.value)
                return invalid("Value or AttributeValueList must be used with ComparisonOperator: " + std::string(name) +
                               " for Attribute: " + key);
            std::vector<AttributeValue> values;
            if (c.attributeValueList)
                values = *c.attributeValueList;
            else if (c.value)
                values.push_back(*c.value);
            SHARDSCOPE_TRY(checkArguments(op, values));
            nodes.push_back(builder.condition(key, op, values));
        } else if (c.attributeValueList) {
            return invalid("AttributeValueList can only be used with a ComparisonOperator for Attribute: " + key);
        } else {
            const bool exists = c.exists.value_or(true);
            if (exists && !c.value)
                return invalid(std::string("Value must be provided when Exists is ") + (c.exists ? "true" : "null") +
                               " for Attribute: " + key);
            if (!exists && c.value) return invalid("Value cannot be used when Exists is false for Attribute: " + key);
            if (exists)
                nodes.push_back(builder.condition(key, LegacyOperator::Eq, {*c.value}));
            else
                nodes.push_back(builder.condition(key, LegacyOperator::Null, {}));
        }
    }
    return join(std::move(nodes), std::move(parsed), conditionalOperator);
}

Result<ParsedCondition> translateFilter(const std::vector<LegacyCondition>& filter,
                                        std::optional<ConditionalOperator> conditionalOperator) {
    ParsedCondition parsed;
    Builder builder(parsed);
    std::vector<Node> nodes;
    for (const LegacyCondition& c : filter) {
        const LegacyOperator op = c.comparisonOperator.value_or(LegacyOperator::Eq);
        const std::vector<AttributeValue> values = c.attributeValueList.value_or(std::vector<AttributeValue>());
        SHARDSCOPE_TRY(checkArguments(op, values));
        nodes.push_back(builder.condition(c.attribute, op, values));
    }
    return join(std::move(nodes), std::move(parsed), conditionalOperator);
}

Status checkKeyConditionsShape(const std::vector<LegacyCondition>& keyConditions) {
    for (const LegacyCondition& c : keyConditions) {
        const LegacyOperator op = c.comparisonOperator.value_or(LegacyOperator::Eq);
        SHARDSCOPE_TRY(checkArguments(op, c.attributeValueList.value_or(std::vector<AttributeValue>())));
    }
    if (keyConditions.empty() || keyConditions.size() > 2)
        return ApiError::validation("Conditions can be of length 1 or 2 only");
    return Status::success();
}

Result<KeyCondition> translateKeyConditions(const std::vector<LegacyCondition>& keyConditions,
                                            const KeySchemaNames& schema) {
    SHARDSCOPE_TRY(checkKeyConditionsShape(keyConditions));
    KeyCondition out;
    const LegacyCondition* partition = nullptr;
    const LegacyCondition* sort = nullptr;
    for (const LegacyCondition& c : keyConditions) {
        if (c.attribute == schema.partitionKey)
            partition = &c;
        else if (schema.hasSortKey() && c.attribute == schema.sortKey)
            sort = &c;
    }
    if (!partition) return ApiError::validation("Query condition missed key schema element: " + schema.partitionKey);
    if (keyConditions.size() == 2 && !sort)
        return ApiError::validation("Query condition missed key schema element: " +
                                    (schema.hasSortKey() ? schema.sortKey : schema.partitionKey));
    if (partition->comparisonOperator.value_or(LegacyOperator::Eq) != LegacyOperator::Eq)
        return ApiError::validation("Query key condition not supported");
    out.partitionKey = schema.partitionKey;
    out.partitionValue = partition->attributeValueList->front();
    if (sort) {
        const LegacyOperator op = sort->comparisonOperator.value_or(LegacyOperator::Eq);
        switch (op) {
        case LegacyOperator::Eq: out.sortOp = SortKeyOp::Eq; break;
        case LegacyOperator::Lt: out.sortOp = SortKeyOp::Lt; break;
        case LegacyOperator::Le: out.sortOp = SortKeyOp::Le; break;
        case LegacyOperator::Gt: out.sortOp = SortKeyOp::Gt; break;
        case LegacyOperator::Ge: out.sortOp = SortKeyOp::Ge; break;
        case LegacyOperator::Between: out.sortOp = SortKeyOp::Between; break;
        case LegacyOperator::BeginsWith: out.sortOp = SortKeyOp::BeginsWith; break;
        default: return ApiError::validation("Attempted conditional constraint is not an indexable operation");
        }
        out.sortKey = schema.sortKey;
        out.sortValues = *sort->attributeValueList;
    }
    SHARDSCOPE_TRY(checkKeyConditionValues(out, schema));
    return out;
}

}  // namespace shardscope::engine::expr
