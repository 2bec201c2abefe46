// The expression pipeline's front door for the operations:
// parse -> resolve (#names, :values) -> evaluate.
//
// Every parse function checks one expression string the way DynamoDB does, in
// its order (empty text, 4 KB size, syntax, 300-operator limit, static checks,
// placeholders and types), resolving placeholders through the request's
// ExpressionContext. The result is self-contained: it copies the values it
// uses, so the context and its maps may go away afterwards. Errors are
// ApiError::validation with DynamoDB's exact text and the parameter's prefix
// ("Invalid UpdateExpression: ...").
//
// A request typically does:
//   ExpressionContext ctx(names, values);
//   SHARDSCOPE_TRY(ctx.validateDeclarations());
//   auto update = parseUpdate(text, ctx);             // each expression...
//   auto condition = parseCondition(text2, ExpressionKind::Condition, ctx);
//   SHARDSCOPE_TRY(ctx.checkAllUsed());               // ...then unused ones
//   SHARDSCOPE_TRY(checkKeyAttributesNotUpdated(*update, keyNames));
//   if (!evaluate(*condition, oldItem)) -> ConditionalCheckFailed
//   auto outcome = applyUpdate(*update, oldItemOrKey, exists);
// DynamoDB checks UpdateItem's UpdateExpression before its
// ConditionExpression, and a Query's FilterExpression, then
// ProjectionExpression, then KeyConditionExpression; then unused names/values;
// and only then the key condition's structure (toKeyCondition), nested key
// paths and the filter's use of key attributes.
//
// Thread-safety: parse functions are single-threaded (they mutate the
// context); parsed objects are immutable and may be evaluated concurrently.
#pragma once

#include "expr/ast.h"
#include "expr/expression_context.h"
#include "expr/key_condition.h"
#include "expr/projector.h"
#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::expr {

inline constexpr std::size_t kMaxExpressionBytes = 4096;

// A condition (ConditionExpression, FilterExpression, KeyConditionExpression
// or a translated legacy condition). `values` holds the literal values that
// value nodes of `root` index.
struct ParsedCondition {
    Node root;
    std::vector<AttributeValue> values;
};

struct ParsedUpdate {
    std::vector<UpdateAction> actions;
    std::vector<AttributeValue> values;
    // Translated from AttributeUpdates: ADD appends lists and type errors read
    // "Type mismatch for attribute to update".
    bool legacy = false;
};

struct ParsedProjection {
    std::vector<DocumentPath> paths;  // resolved, non-overlapping
    Projector projector;
};

struct UpdateOutcome {
    Item item;                               // the item after the update
    std::vector<DocumentPath> updatedPaths;  // each action's path, for UPDATED_OLD/UPDATED_NEW
};

// --- Conditions ----------------------------------------------------------

// kind: Condition, Filter or KeyCondition (decides the error prefix).
Result<ParsedCondition> parseCondition(std::string_view text, ExpressionKind kind, ExpressionContext& context);

// True when the condition holds for `item`; a missing item is an empty Item.
bool evaluate(const ParsedCondition& condition, const Item& item);

// A parsed KeyConditionExpression to the Query range (see key_condition.h).
Result<KeyCondition> toKeyCondition(const ParsedCondition& condition, const KeySchemaNames& schema);
// parseCondition(KeyCondition) + toKeyCondition, for callers that do not need
// DynamoDB's exact ordering against the unused-placeholder check.
Result<KeyCondition> parseKeyCondition(std::string_view text, ExpressionContext& context, const KeySchemaNames& schema);

// A Query's FilterExpression may not use the key attributes:
// "Filter Expression can only contain non-primary key attributes: Primary key attribute: pk".
// `parameter` names the filter in the message ("QueryFilter" for the legacy one).
Status checkFilterAvoidsKeys(const ParsedCondition& filter, const KeySchemaNames& schema,
                             std::string_view parameter = "Filter Expression");

// Key attributes hold scalars, so no expression may look inside them:
// "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk".
Status checkNoNestedKeyPaths(const ParsedCondition& condition, const std::vector<std::string>& keyNames);
Status checkNoNestedKeyPaths(const std::vector<DocumentPath>& paths, const std::vector<std::string>& keyNames);

// --- Updates -------------------------------------------------------------

Result<ParsedUpdate> parseUpdate(std::string_view text, ExpressionContext& context);

// "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key".
Status checkKeyAttributesNotUpdated(const ParsedUpdate& update, const std::vector<std::string>& keyNames);

// Applies the update to `base`: the stored item, or the request's key
// attributes when `itemExists` is false (UpdateItem creates the item).
Result<UpdateOutcome> applyUpdate(const ParsedUpdate& update, const Item& base, bool itemExists);

// False when applying `update` to a missing item must leave it missing:
// DynamoDB does not create an item for an update made only of REMOVE and
// DELETE actions (legacy DELETE included). Any SET or ADD, or no action at
// all (an empty AttributeUpdates), creates it.
bool createsItem(const ParsedUpdate& update);

// `item` pruned to `paths` (e.g. an UpdateOutcome's updatedPaths applied to
// the old item for UPDATED_OLD, to the new one for UPDATED_NEW).
Item projectPaths(const Item& item, const std::vector<DocumentPath>& paths);

// --- Projections ---------------------------------------------------------

Result<ParsedProjection> parseProjection(std::string_view text, ExpressionContext& context);
Item project(const ParsedProjection& projection, const Item& item);

}  // namespace shardscope::engine::expr
