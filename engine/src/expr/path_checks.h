// Checks on document paths shared by every expression kind.
//
// checkPathStatic() is DynamoDB's first pass over a path (list index range,
// unescaped reserved words); resolvePath() its second (placeholders through
// the ExpressionContext, nesting depth); checkPathOverlaps() the rule that two
// paths of one update or projection may not overlap or conflict. All errors
// carry the expression's "Invalid ...Expression: " prefix.
//
// Thread-safety: free functions; the context is mutated (usage recorded).
#pragma once

#include "expr/ast.h"
#include "expr/expression_context.h"
#include "shardscope/engine/result.h"

#include <vector>

namespace shardscope::engine::expr {

inline constexpr std::size_t kMaxPathDepth = 32;
inline constexpr std::int64_t kMaxListIndex = 2147483647;

Status checkPathStatic(const DocumentPath& path, ExpressionKind kind);

// Fails if a "#name" of the path is not defined; changes nothing.
Status checkPathNamesDefined(const DocumentPath& path, const ExpressionContext& context, ExpressionKind kind);

// Replaces "#name" elements by their attribute names (recording the use) and
// checks the depth. Idempotent: resolved elements are left alone.
Status resolvePath(DocumentPath& path, ExpressionContext& context, ExpressionKind kind);

// `paths` must be resolved. Reports the first pair that is the same path, one
// inside the other ("overlap"), or one reading an attribute as a map and the
// other as a list ("conflict").
Status checkPathOverlaps(const std::vector<const DocumentPath*>& paths, ExpressionKind kind);

}  // namespace shardscope::engine::expr
