#include "expr/ast.h"

#include <array>

namespace shardscope::engine::expr {
namespace {

struct FunctionEntry {
    std::string_view name;
    Function function;
};

constexpr std::array<FunctionEntry, 8> kFunctions = {{
    {"attribute_exists", Function::AttributeExists},
    {"attribute_not_exists", Function::AttributeNotExists},
    {"attribute_type", Function::AttributeType},
    {"begins_with", Function::BeginsWith},
    {"contains", Function::Contains},
    {"size", Function::Size},
    {"if_not_exists", Function::IfNotExists},
    {"list_append", Function::ListAppend},
}};

}  // namespace

std::string_view expressionParameterName(ExpressionKind kind) {
    switch (kind) {
    case ExpressionKind::Condition: return "ConditionExpression";
    case ExpressionKind::Filter: return "FilterExpression";
    case ExpressionKind::KeyCondition: return "KeyConditionExpression";
    case ExpressionKind::Update: return "UpdateExpression";
    case ExpressionKind::Projection: return "ProjectionExpression";
    }
    return "ConditionExpression";
}

std::string errorPrefix(ExpressionKind kind) {
    std::string prefix = "Invalid ";
    prefix += expressionParameterName(kind);
    prefix += ": ";
    return prefix;
}

std::string formatPath(const DocumentPath& path) {
    std::string out = "[";
    bool first = true;
    for (const PathElement& element : path.elements) {
        if (!first) out += ", ";
        first = false;
        if (element.isIndex()) {
            out += '[';
            out += std::to_string(element.index);
            out += ']';
        } else {
            out += element.name;
        }
    }
    out += ']';
    return out;
}

std::string_view compareOpText(CompareOp op) {
    switch (op) {
    case CompareOp::Eq: return "=";
    case CompareOp::Ne: return "<>";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    }
    return "=";
}

Function functionByName(std::string_view name) {
    for (const FunctionEntry& entry : kFunctions) {
        if (entry.name == name) return entry.function;
    }
    return Function::Unknown;
}

std::string_view functionName(Function function) {
    for (const FunctionEntry& entry : kFunctions) {
        if (entry.function == function) return entry.name;
    }
    return {};
}

std::string_view updateActionKeyword(UpdateActionKind kind) {
    switch (kind) {
    case UpdateActionKind::Set: return "SET";
    case UpdateActionKind::Remove: return "REMOVE";
    case UpdateActionKind::Add: return "ADD";
    case UpdateActionKind::Delete: return "DELETE";
    }
    return "SET";
}

}  // namespace shardscope::engine::expr
