#include "expr/path_checks.h"

#include "expr/reserved_words.h"

namespace shardscope::engine::expr {
namespace {

ApiError invalid(ExpressionKind kind, std::string message) {
    return ApiError::validation(errorPrefix(kind) + std::move(message));
}

enum class Clash { None, Overlap, Conflict };

Clash comparePaths(const DocumentPath& a, const DocumentPath& b) {
    const std::size_t common = std::min(a.elements.size(), b.elements.size());
    for (std::size_t i = 0; i < common; ++i) {
        const PathElement& x = a.elements[i];
        const PathElement& y = b.elements[i];
        if (x.isIndex() != y.isIndex()) return Clash::Conflict;
        if (!(x == y)) return Clash::None;
    }
    return Clash::Overlap;
}

}  // namespace

Status checkPathStatic(const DocumentPath& path, ExpressionKind kind) {
    for (const PathElement& element : path.elements) {
        if (element.isIndex()) {
            if (element.index > kMaxListIndex)
                return invalid(kind, "List index is not within the allowable range; index: [" + element.name + "]");
        } else if (!element.placeholder && isReservedWord(element.name)) {
            return invalid(kind, "Attribute name is a reserved keyword; reserved keyword: " + element.name);
        }
    }
    return Status::success();
}

Status checkPathNamesDefined(const DocumentPath& path, const ExpressionContext& context, ExpressionKind kind) {
    for (const PathElement& element : path.elements) {
        if (element.placeholder && !element.isIndex() && !context.findName(element.name))
            return invalid(kind, "An expression attribute name used in the document path is not defined; attribute name: " +
                                     element.name);
    }
    return Status::success();
}

Status resolvePath(DocumentPath& path, ExpressionContext& context, ExpressionKind kind) {
    for (PathElement& element : path.elements) {
        if (!element.placeholder || element.isIndex()) continue;
        const std::string* name = context.resolveName(element.name);
        if (!name)
            return invalid(kind, "An expression attribute name used in the document path is not defined; attribute name: " +
                                     element.name);
        element.name = *name;
        element.placeholder = false;
    }
    if (path.elements.size() > kMaxPathDepth)
        return invalid(kind, "The document path has too many nesting levels; nesting levels: " +
                                 std::to_string(path.elements.size()));
    return Status::success();
}

Status checkPathOverlaps(const std::vector<const DocumentPath*>& paths, ExpressionKind kind) {
    for (std::size_t j = 1; j < paths.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            const Clash clash = comparePaths(*paths[i], *paths[j]);
            if (clash == Clash::None) continue;
            return invalid(kind, std::string("Two document paths ") +
                                     (clash == Clash::Overlap ? "overlap" : "conflict") +
                                     " with each other; must remove or rewrite one of these paths; path one: " +
                                     formatPath(*paths[i]) + ", path two: " + formatPath(*paths[j]));
        }
    }
    return Status::success();
}

}  // namespace shardscope::engine::expr
