// Projector: prunes an item to a set of resolved document paths.
//
// Top-level attributes and whole sub-documents named by a path are copied;
// for nested paths, maps keep only the selected keys and lists only the
// selected elements, compacted in index order. A path that selects nothing
// (missing attribute, key or index, or a step into a scalar) contributes
// nothing, and a map or list left with no selected content is dropped. The
// paths must not overlap (the checker guarantees it for ProjectionExpression).
//
// Thread-safety: const after construction; safe to share across threads.
#pragma once

#include "expr/ast.h"
#include "shardscope/engine/attribute_value.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace shardscope::engine::expr {

class Projector {
public:
    explicit Projector(const std::vector<DocumentPath>& paths);

    Item project(const Item& item) const;

private:
    struct TreeNode {
        PathElement key;
        bool whole = false;  // the path ends here: copy everything below
        std::vector<std::uint32_t> children;
    };

    std::uint32_t child(std::uint32_t parent, const PathElement& key);
    std::optional<AttributeValue> copy(const AttributeValue& source, const TreeNode& node) const;

    std::vector<TreeNode> m_nodes;  // m_nodes[0] is the root (the item)
    bool m_topLevelOnly = true;
};

}  // namespace shardscope::engine::expr
