#include "expr/update_checker.h"

#include "expr/node_checker.h"
#include "expr/path_checks.h"
#include "expr/value_ops.h"

#include <array>

namespace shardscope::engine::expr {
namespace {

constexpr ExpressionKind kKind = ExpressionKind::Update;

ApiError invalid(std::string message) { return ApiError::validation(errorPrefix(kKind) + std::move(message)); }

bool allowedOperand(UpdateActionKind kind, AttributeType type) {
    if (isSetType(type)) return true;
    return kind == UpdateActionKind::Add && type == AttributeType::N;
}

}  // namespace

Status UpdateChecker::check(std::vector<UpdateAction>& actions) {
    NodeChecker nodes(kKind, m_context, m_values);

    // Sections in order of first appearance; each one walked, then checked
    // for a second clause of the same kind.
    std::array<bool, 4> seen{};
    for (const UpdateAction& first : actions) {
        const auto section = static_cast<std::size_t>(first.kind);
        if (seen[section]) continue;
        seen[section] = true;
        std::uint32_t firstClause = first.clause;
        bool repeated = false;
        for (const UpdateAction& action : actions) {
            if (action.kind != first.kind) continue;
            if (action.clause != firstClause) repeated = true;
            SHARDSCOPE_TRY(checkPathStatic(action.path, kKind));
            if (action.kind != UpdateActionKind::Remove)
                SHARDSCOPE_TRY(nodes.staticPass(action.value, NodeChecker::Place::Operand));
        }
        if (repeated)
            return invalid("The \"" + std::string(updateActionKeyword(first.kind)) +
                           "\" section can only be used once in an update expression;");
    }

    // Action paths: names, then overlaps.
    std::vector<const DocumentPath*> paths;
    paths.reserve(actions.size());
    for (UpdateAction& action : actions) {
        SHARDSCOPE_TRY(checkPathNamesDefined(action.path, m_context, kKind));
        SHARDSCOPE_TRY(resolvePath(action.path, m_context, kKind));
        paths.push_back(&action.path);
    }
    SHARDSCOPE_TRY(checkPathOverlaps(paths, kKind));

    // From the last action to the first: names everywhere, then the rest.
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
        if (it->kind == UpdateActionKind::Set) SHARDSCOPE_TRY(nodes.checkNamesDefined(it->value));
    }
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
        UpdateAction& action = *it;
        if (action.kind == UpdateActionKind::Remove) continue;
        SHARDSCOPE_TRY(nodes.resolvePass(action.value));
        if (action.kind == UpdateActionKind::Set) continue;
        const AttributeType type = m_values[action.value.valueIndex].type();
        if (!allowedOperand(action.kind, type)) {
            const std::string_view keyword = updateActionKeyword(action.kind);
            return invalid("Incorrect operand type for operator or function; operator: " + std::string(keyword) +
                           ", operand type: " + std::string(longTypeName(type)) + ", typeSet: ALLOWED_FOR_" +
                           std::string(keyword) + "_OPERAND");
        }
    }
    return Status::success();
}

}  // namespace shardscope::engine::expr
