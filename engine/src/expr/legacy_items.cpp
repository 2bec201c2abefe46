#include "expr/legacy_items.h"

#include <algorithm>

namespace shardscope::engine::expr {
namespace {

ApiError invalid(std::string message) {
    return ApiError::validation("One or more parameter values were invalid: " + std::move(message));
}

}  // namespace

Result<ParsedUpdate> translateAttributeUpdates(const std::vector<LegacyUpdate>& updates) {
    ParsedUpdate parsed;
    parsed.legacy = true;
    for (const LegacyUpdate& update : updates) {
        const std::string typeName = update.value ? std::string(attributeTypeName(update.value->type())) : std::string();
        if (!update.value && update.action != LegacyAction::Delete)
            return invalid("Only DELETE action is allowed when no attribute value is specified");
        if (update.value && update.action == LegacyAction::Delete && !isSetType(update.value->type()))
            return invalid("DELETE action with value is not supported for the type " + typeName);
        if (update.value && update.action == LegacyAction::Add && !isSetType(update.value->type()) &&
            !update.value->is(AttributeType::N) && !update.value->is(AttributeType::L))
            return invalid("ADD action is not supported for the type " + typeName);

        UpdateAction action;
        action.clause = 0;
        action.path.elements.push_back({update.attribute, -1, false});
        switch (update.action) {
        case LegacyAction::Put: action.kind = UpdateActionKind::Set; break;
        case LegacyAction::Add: action.kind = UpdateActionKind::Add; break;
        case LegacyAction::Delete:
            action.kind = update.value ? UpdateActionKind::Delete : UpdateActionKind::Remove;
            break;
        }
        if (update.value) {
            action.value.kind = NodeKind::Value;
            action.value.valueIndex = static_cast<std::uint32_t>(parsed.values.size());
            parsed.values.push_back(*update.value);
        }
        parsed.actions.push_back(std::move(action));
    }
    return parsed;
}

Result<ParsedProjection> translateAttributesToGet(const std::vector<std::string>& attributes) {
    std::vector<DocumentPath> paths;
    paths.reserve(attributes.size());
    for (const std::string& attribute : attributes) {
        if (std::count(attributes.begin(), attributes.end(), attribute) > 1)
            return invalid("Duplicate value in attribute name: " + attribute);
        DocumentPath path;
        path.elements.push_back({attribute, -1, false});
        paths.push_back(std::move(path));
    }
    Projector projector(paths);
    return ParsedProjection{std::move(paths), std::move(projector)};
}

}  // namespace shardscope::engine::expr
