#include "expr/expressions.h"

#include "expr/condition_evaluator.h"
#include "expr/node_checker.h"
#include "expr/parser.h"
#include "expr/path_checks.h"
#include "expr/update_applier.h"
#include "expr/update_checker.h"

#include <algorithm>

namespace shardscope::engine::expr {
namespace {

ApiError invalid(ExpressionKind kind, std::string message) {
    return ApiError::validation(errorPrefix(kind) + std::move(message));
}

// The checks before parsing: empty text, then the 4 KB limit (raw bytes, as
// sent). UpdateExpression's size message has no size tail.
Status checkText(std::string_view text, ExpressionKind kind) {
    if (text.empty()) return invalid(kind, "The expression can not be empty;");
    if (text.size() > kMaxExpressionBytes) {
        std::string message = "Expression size has exceeded the maximum allowed size;";
        if (kind != ExpressionKind::Update) message += " expression size: " + std::to_string(text.size());
        return invalid(kind, std::move(message));
    }
    return Status::success();
}

Status checkOperatorCount(std::size_t count, ExpressionKind kind) {
    if (count > kMaxOperators)
        return invalid(kind, "The expression contains too many operators; operator count: " + std::to_string(count));
    return Status::success();
}

void collectPaths(const Node& node, std::vector<const DocumentPath*>& out) {
    if (node.kind == NodeKind::Path) out.push_back(&node.path);
    for (const Node& child : node.children) collectPaths(child, out);
}

}  // namespace

Result<ParsedCondition> parseCondition(std::string_view text, ExpressionKind kind, ExpressionContext& context) {
    SHARDSCOPE_TRY(checkText(text, kind));
    Parser parser(text, kind);
    auto root = parser.parseCondition();
    if (!root.ok()) return std::move(root).error();
    ParsedCondition parsed;
    parsed.root = std::move(root).value();
    SHARDSCOPE_TRY(checkOperatorCount(countOperators(parsed.root), kind));
    NodeChecker checker(kind, context, parsed.values);
    SHARDSCOPE_TRY(checker.staticPass(parsed.root, NodeChecker::Place::Condition));
    SHARDSCOPE_TRY(checker.resolvePass(parsed.root));
    return parsed;
}

bool evaluate(const ParsedCondition& condition, const Item& item) {
    return ConditionEvaluator(condition.values).evaluate(condition.root, item);
}

Result<KeyCondition> toKeyCondition(const ParsedCondition& condition, const KeySchemaNames& schema) {
    return extractKeyCondition(condition.root, condition.values, schema);
}

Result<KeyCondition> parseKeyCondition(std::string_view text, ExpressionContext& context, const KeySchemaNames& schema) {
    auto parsed = parseCondition(text, ExpressionKind::KeyCondition, context);
    if (!parsed.ok()) return std::move(parsed).error();
    return toKeyCondition(*parsed, schema);
}

Status checkFilterAvoidsKeys(const ParsedCondition& filter, const KeySchemaNames& schema, std::string_view parameter) {
    std::vector<const DocumentPath*> paths;
    collectPaths(filter.root, paths);
    for (const DocumentPath* path : paths) {
        const std::string& name = path->root();
        if (name == schema.partitionKey || (schema.hasSortKey() && name == schema.sortKey))
            return ApiError::validation(std::string(parameter) +
                                        " can only contain non-primary key attributes: Primary key attribute: " + name);
    }
    return Status::success();
}

Status checkNoNestedKeyPaths(const std::vector<DocumentPath>& paths, const std::vector<std::string>& keyNames) {
    for (const DocumentPath& path : paths) {
        if (path.isNested() && std::find(keyNames.begin(), keyNames.end(), path.root()) != keyNames.end())
            return ApiError::validation(
                "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: " +
                path.root());
    }
    return Status::success();
}

Status checkNoNestedKeyPaths(const ParsedCondition& condition, const std::vector<std::string>& keyNames) {
    std::vector<const DocumentPath*> pointers;
    collectPaths(condition.root, pointers);
    std::vector<DocumentPath> paths;
    for (const DocumentPath* path : pointers) {
        if (path->isNested()) paths.push_back(*path);
    }
    return checkNoNestedKeyPaths(paths, keyNames);
}

Result<ParsedUpdate> parseUpdate(std::string_view text, ExpressionContext& context) {
    constexpr ExpressionKind kind = ExpressionKind::Update;
    SHARDSCOPE_TRY(checkText(text, kind));
    Parser parser(text, kind);
    auto actions = parser.parseUpdate();
    if (!actions.ok()) return std::move(actions).error();
    ParsedUpdate parsed;
    parsed.actions = std::move(actions).value();
    std::size_t operators = 0;
    for (const UpdateAction& action : parsed.actions) {
        if (action.kind == UpdateActionKind::Set) operators += countOperators(action.value);
    }
    SHARDSCOPE_TRY(checkOperatorCount(operators, kind));
    UpdateChecker checker(context, parsed.values);
    SHARDSCOPE_TRY(checker.check(parsed.actions));
    return parsed;
}

Status checkKeyAttributesNotUpdated(const ParsedUpdate& update, const std::vector<std::string>& keyNames) {
    for (const UpdateAction& action : update.actions) {
        const std::string& name = action.path.root();
        if (std::find(keyNames.begin(), keyNames.end(), name) != keyNames.end())
            return ApiError::validation("One or more parameter values were invalid: Cannot update attribute " + name +
                                        ". This attribute is part of the key");
    }
    return Status::success();
}

Result<UpdateOutcome> applyUpdate(const ParsedUpdate& update, const Item& base, bool itemExists) {
    UpdateApplier applier(update.actions, update.values, update.legacy);
    auto item = applier.apply(base, itemExists);
    if (!item.ok()) return std::move(item).error();
    UpdateOutcome outcome;
    outcome.item = std::move(item).value();
    outcome.updatedPaths.reserve(update.actions.size());
    for (const UpdateAction& action : update.actions) outcome.updatedPaths.push_back(action.path);
    return outcome;
}

bool createsItem(const ParsedUpdate& update) {
    if (update.actions.empty()) return true;
    return std::any_of(update.actions.begin(), update.actions.end(), [](const UpdateAction& action) {
        return action.kind == UpdateActionKind::Set || action.kind == UpdateActionKind::Add;
    });
}

Item projectPaths(const Item& item, const std::vector<DocumentPath>& paths) { return Projector(paths).project(item); }

Result<ParsedProjection> parseProjection(std::string_view text, ExpressionContext& context) {
    constexpr ExpressionKind kind = ExpressionKind::Projection;
    SHARDSCOPE_TRY(checkText(text, kind));
    Parser parser(text, kind);
    auto paths = parser.parseProjection();
    if (!paths.ok()) return std::move(paths).error();
    std::vector<DocumentPath> resolved = std::move(paths).value();
    for (const DocumentPath& path : resolved) SHARDSCOPE_TRY(checkPathStatic(path, kind));
    std::vector<const DocumentPath*> pointers;
    for (DocumentPath& path : resolved) {
        SHARDSCOPE_TRY(resolvePath(path, context, kind));
        pointers.push_back(&path);
    }
    SHARDSCOPE_TRY(checkPathOverlaps(pointers, kind));
    Projector projector(resolved);
    return ParsedProjection{std::move(resolved), std::move(projector)};
}

Item project(const ParsedProjection& projection, const Item& item) { return projection.projector.project(item); }

}  // namespace shardscope::engine::expr
