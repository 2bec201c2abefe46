#include "expr/node_checker.h"

#include "expr/path_checks.h"
#include "expr/value_ops.h"

namespace shardscope::engine::expr {
namespace {

// The operand-type text DynamoDB prints when attribute_type's second operand
// is not a value.
constexpr std::string_view kAnyTypeSet =
    "{SS,M,DECIMAL,DOUBLESET,HDS,N,B,DICT,INTSET,BOOL,HD,BS,INT,DECIMALSET,NULL,FLOAT,FS,S,L,NS,DOUBLE}";
constexpr std::string_view kValidTypeNames = "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}";

bool isConditionFunction(Function f) {
    return f == Function::AttributeExists || f == Function::AttributeNotExists || f == Function::AttributeType ||
           f == Function::BeginsWith || f == Function::Contains;
}

bool isUpdateFunction(Function f) { return f == Function::IfNotExists || f == Function::ListAppend; }

std::size_t arity(Function f) {
    switch (f) {
    case Function::AttributeExists:
    case Function::AttributeNotExists:
    case Function::Size:
        return 1;
    default:
        return 2;
    }
}

bool isScalarKey(AttributeType t) { return t == AttributeType::S || t == AttributeType::N || t == AttributeType::B; }

// "AttributeValue: {N:5}" as in DynamoDB's BETWEEN messages.
std::string boundText(const AttributeValue& value) {
    std::string out = "AttributeValue: {";
    out += attributeTypeName(value.type());
    out += ':';
    if (value.is(AttributeType::B)) {
        const std::string size = std::to_string(value.scalar().size());
        out += "java.nio.HeapByteBuffer[pos=0 lim=" + size + " cap=" + size + "]";
    } else {
        out += value.scalar();
    }
    out += '}';
    return out;
}

}  // namespace

std::size_t countOperators(const Node& node) {
    std::size_t count = 0;
    switch (node.kind) {
    case NodeKind::Path:
    case NodeKind::Value:
        break;
    default:
        count = 1;
        break;
    }
    for (const Node& child : node.children) count += countOperators(child);
    return count;
}

NodeChecker::NodeChecker(ExpressionKind kind, ExpressionContext& context, std::vector<AttributeValue>& values)
    : m_kind(kind), m_inUpdate(kind == ExpressionKind::Update), m_context(context), m_values(values) {}

ApiError NodeChecker::invalid(std::string message) const {
    return ApiError::validation(errorPrefix(m_kind) + std::move(message));
}

ApiError NodeChecker::operandType(std::string_view op, std::string_view type) const {
    std::string message = "Incorrect operand type for operator or function; operator or function: ";
    message += op;
    message += ", operand type: ";
    message += type;
    return invalid(std::move(message));
}

Status NodeChecker::staticPass(const Node& node, Place place) {
    switch (node.kind) {
    case NodeKind::Path:
        return checkPathStatic(node.path, m_kind);
    case NodeKind::Value:
        return Status::success();
    case NodeKind::Call: {
        const Function f = node.function;
        if (f == Function::Unknown) return invalid("Invalid function name; function: " + node.text);
        if (m_inUpdate) {
            if (!isUpdateFunction(f))
                return invalid("The function is not allowed in an update expression; function: " + node.text);
            if (f == Function::ListAppend) {
                for (const Node& argument : node.children) {
                    if (argument.kind == NodeKind::Call && argument.function == Function::ListAppend)
                        return invalid("The function is not allowed to be used this way in an expression; function: " +
                                       argument.text);
                }
            }
        } else {
            if (isUpdateFunction(f))
                return invalid("The function is not allowed in a condition expression; function: " + node.text);
            if ((place == Place::Condition) != isConditionFunction(f))
                return invalid("The function is not allowed to be used this way in an expression; function: " + node.text);
            if (node.children.size() != arity(f))
                return invalid("Incorrect number of operands for operator or function; operator or function: " +
                               node.text + ", number of operands: " + std::to_string(node.children.size()));
        }
        for (const Node& argument : node.children) SHARDSCOPE_TRY(staticPass(argument, Place::Operand));
        return Status::success();
    }
    case NodeKind::Or:
    case NodeKind::And:
    case NodeKind::Not:
        for (const Node& child : node.children) SHARDSCOPE_TRY(staticPass(child, Place::Condition));
        return Status::success();
    default:
        for (const Node& child : node.children) SHARDSCOPE_TRY(staticPass(child, Place::Operand));
        return Status::success();
    }
}

Status NodeChecker::checkNamesDefined(const Node& node) const {
    if (node.kind == NodeKind::Path) return checkPathNamesDefined(node.path, m_context, m_kind);
    for (const Node& child : node.children) SHARDSCOPE_TRY(checkNamesDefined(child));
    return Status::success();
}

const AttributeValue* NodeChecker::literal(const Node& node) const {
    return node.kind == NodeKind::Value ? &m_values[node.valueIndex] : nullptr;
}

// The type an operand has whatever the item: a value's, or N for size().
std::optional<AttributeType> NodeChecker::staticType(const Node& node) const {
    if (const AttributeValue* value = literal(node)) return value->type();
    if (node.kind == NodeKind::Call && node.function == Function::Size) return AttributeType::N;
    return std::nullopt;
}

Status NodeChecker::resolveValue(Node& node) {
    for (const auto& [name, index] : m_slots) {
        if (name == node.text) {
            node.valueIndex = index;
            return Status::success();
        }
    }
    const AttributeValue* value = m_context.resolveValue(node.text);
    if (!value)
        return invalid("An expression attribute value used in expression is not defined; attribute value: " + node.text);
    node.valueIndex = static_cast<std::uint32_t>(m_values.size());
    m_values.push_back(*value);
    m_slots.emplace_back(node.text, node.valueIndex);
    return Status::success();
}

Status NodeChecker::checkDistinct(std::string_view op, const Node& parent, std::size_t first) const {
    const Node& head = parent.children[first];
    if (head.kind != NodeKind::Path) return Status::success();
    for (std::size_t i = first + 1; i < parent.children.size(); ++i) {
        const Node& other = parent.children[i];
        if (other.kind == NodeKind::Path && other.path == head.path) {
            std::string message =
                "The first operand must be distinct from the remaining operands for this operator or function; operator: ";
            message += op;
            message += ", first operand: ";
            message += formatPath(head.path);
            return invalid(std::move(message));
        }
    }
    return Status::success();
}

Status NodeChecker::checkOrderable(std::string_view op, const Node& node) const {
    for (const Node& child : node.children) {
        const std::optional<AttributeType> type = staticType(child);
        if (type && !isScalarKey(*type)) return operandType(op, attributeTypeName(*type));
    }
    return Status::success();
}

Status NodeChecker::checkBetweenBounds(const Node& node) const {
    const AttributeValue* lower = literal(node.children[1]);
    const AttributeValue* upper = literal(node.children[2]);
    if (!lower || !upper) return Status::success();
    const std::string bounds = "lower bound operand: " + boundText(*lower) + ", upper bound operand: " + boundText(*upper);
    if (lower->type() != upper->type())
        return invalid("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
    const std::optional<int> order = orderValues(*lower, *upper);
    if (order && *order > 0)
        return invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
    return Status::success();
}

Status NodeChecker::checkCall(const Node& node) const {
    const Function f = node.function;
    const std::string& name = node.text;
    const Node& first = node.children.front();
    const bool needsPath = f == Function::AttributeExists || f == Function::AttributeNotExists ||
                           f == Function::AttributeType || f == Function::IfNotExists;
    if (needsPath && first.kind != NodeKind::Path)
        return invalid("Operator or function requires a document path; operator or function: " + name);
    if (f != Function::Size && f != Function::ListAppend) SHARDSCOPE_TRY(checkDistinct(name, node, 0));
    switch (f) {
    case Function::Size: {
        const std::optional<AttributeType> type = staticType(first);
        if (type && (*type == AttributeType::N || *type == AttributeType::BOOL || *type == AttributeType::Null))
            return operandType(name, attributeTypeName(*type));
        return Status::success();
    }
    case Function::BeginsWith:
        for (const Node& argument : node.children) {
            const std::optional<AttributeType> type = staticType(argument);
            if (type && *type != AttributeType::S && *type != AttributeType::B)
                return operandType(name, attributeTypeName(*type));
        }
        return Status::success();
    case Function::AttributeType: {
        const Node& second = node.children[1];
        const AttributeValue* typeName = literal(second);
        if (!typeName) {
            const bool isSize = second.kind == NodeKind::Call && second.function == Function::Size;
            return operandType(name, isSize ? std::string_view("N") : kAnyTypeSet);
        }
        if (!typeName->is(AttributeType::S)) return operandType(name, attributeTypeName(typeName->type()));
        AttributeType parsed;
        if (!parseAttributeTypeName(typeName->scalar(), &parsed))
            return invalid("Invalid attribute type name found; type: " + typeName->scalar() +
                           ", valid types: " + std::string(kValidTypeNames));
        return Status::success();
    }
    case Function::ListAppend:
        for (const Node& argument : node.children) {
            const std::optional<AttributeType> type = staticType(argument);
            if (type && *type != AttributeType::L) return operandType(name, attributeTypeName(*type));
        }
        return Status::success();
    default:
        return Status::success();
    }
}

Status NodeChecker::resolvePass(Node& node) {
    switch (node.kind) {
    case NodeKind::Path:
        return resolvePath(node.path, m_context, m_kind);
    case NodeKind::Value:
        return resolveValue(node);
    case NodeKind::True:
        return Status::success();
    case NodeKind::Or:
    case NodeKind::And:
    case NodeKind::Not:
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        return Status::success();
    case NodeKind::Compare: {
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        const std::string_view op = compareOpText(node.op);
        SHARDSCOPE_TRY(checkDistinct(op, node, 0));
        if (node.op != CompareOp::Eq && node.op != CompareOp::Ne) SHARDSCOPE_TRY(checkOrderable(op, node));
        return Status::success();
    }
    case NodeKind::Between:
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        SHARDSCOPE_TRY(checkDistinct("BETWEEN", node, 0));
        SHARDSCOPE_TRY(checkOrderable("BETWEEN", node));
        return checkBetweenBounds(node);
    case NodeKind::In:
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        if (node.children.size() - 1 > kMaxInListOperands)
            return invalid("The IN operator is provided with too many operands; number of operands: " +
                           std::to_string(node.children.size() - 1));
        return checkDistinct("IN", node, 0);
    case NodeKind::Call:
        if (m_inUpdate && node.children.size() != arity(node.function))
            return invalid("Incorrect number of operands for operator or function; operator or function: " + node.text +
                           ", number of operands: " + std::to_string(node.children.size()));
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        return checkCall(node);
    case NodeKind::Arith: {
        for (Node& child : node.children) SHARDSCOPE_TRY(resolvePass(child));
        const std::string op(1, node.arith);
        for (const Node& child : node.children) {
            const std::optional<AttributeType> type = staticType(child);
            if (type && *type != AttributeType::N) return operandType(op, attributeTypeName(*type));
        }
        return Status::success();
    }
    }
    return Status::success();
}

}  // namespace shardscope::engine::expr
