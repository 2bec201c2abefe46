#include "expr/projector.h"

#include <algorithm>

namespace shardscope::engine::expr {

Projector::Projector(const std::vector<DocumentPath>& paths) {
    m_nodes.emplace_back();
    for (const DocumentPath& path : paths) {
        std::uint32_t node = 0;
        for (const PathElement& element : path.elements) node = child(node, element);
        m_nodes[node].whole = true;
        if (path.isNested()) m_topLevelOnly = false;
    }
    // List elements are emitted in index order.
    for (TreeNode& node : m_nodes) {
        std::stable_sort(node.children.begin(), node.children.end(), [this](std::uint32_t a, std::uint32_t b) {
            return m_nodes[a].key.index < m_nodes[b].key.index;
        });
    }
}

std::uint32_t Projector::child(std::uint32_t parent, const PathElement& key) {
    for (const std::uint32_t existing : m_nodes[parent].children) {
        if (m_nodes[existing].key == key) return existing;
    }
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    TreeNode node;
    node.key = key;
    m_nodes.push_back(std::move(node));
    m_nodes[parent].children.push_back(index);
    return index;
}

std::optional<AttributeValue> Projector::copy(const AttributeValue& source, const TreeNode& node) const {
    if (node.whole) return source;
    if (source.is(AttributeType::M)) {
        AttributeMap out;
        for (const std::uint32_t c : node.children) {
            const TreeNode& sub = m_nodes[c];
            if (sub.key.isIndex()) continue;
            const AttributeValue* value = source.mapValue().find(sub.key.name);
            if (!value) continue;
            if (auto copied = copy(*value, sub)) out.set(sub.key.name, std::move(*copied));
        }
        if (out.empty()) return std::nullopt;
        return AttributeValue::map(std::move(out));
    }
    if (source.is(AttributeType::L)) {
        const auto& list = source.listValue();
        std::vector<AttributeValue> out;
        for (const std::uint32_t c : node.children) {
            const TreeNode& sub = m_nodes[c];
            if (!sub.key.isIndex() || static_cast<std::size_t>(sub.key.index) >= list.size()) continue;
            if (auto copied = copy(list[static_cast<std::size_t>(sub.key.index)], sub)) out.push_back(std::move(*copied));
        }
        if (out.empty()) return std::nullopt;
        return AttributeValue::list(std::move(out));
    }
    return std::nullopt;
}

Item Projector::project(const Item& item) const {
    Item out;
    for (const std::uint32_t c : m_nodes[0].children) {
        const TreeNode& node = m_nodes[c];
        const AttributeValue* value = item.find(node.key.name);
        if (!value) continue;
        if (m_topLevelOnly) {
            out.set(node.key.name, *value);
        } else if (auto copied = copy(*value, node)) {
            out.set(node.key.name, std::move(*copied));
        }
    }
    return out;
}

}  // namespace shardscope::engine::expr
