#include "expr/path_lookup.h"

namespace shardscope::engine::expr {

const AttributeValue* findPathPrefix(const Item& item, const DocumentPath& path, std::size_t length) {
    if (length == 0 || path.elements.empty()) return nullptr;
    const AttributeValue* current = item.find(path.elements.front().name);
    for (std::size_t i = 1; current && i < length; ++i) {
        const PathElement& element = path.elements[i];
        if (element.isIndex()) {
            if (!current->is(AttributeType::L)) return nullptr;
            const auto& list = current->listValue();
            current = static_cast<std::size_t>(element.index) < list.size() ? &list[static_cast<std::size_t>(element.index)]
                                                                          : nullptr;
        } else {
            if (!current->is(AttributeType::M)) return nullptr;
            current = current->mapValue().find(element.name);
        }
    }
    return current;
}

AttributeValue* findPathPrefix(Item& item, const DocumentPath& path, std::size_t length) {
    return const_cast<AttributeValue*>(findPathPrefix(static_cast<const Item&>(item), path, length));
}

const AttributeValue* findPath(const Item& item, const DocumentPath& path) {
    return findPathPrefix(item, path, path.elements.size());
}

}  // namespace shardscope::engine::expr
