#include "shardscope/engine/item_size.h"

#include <algorithm>

namespace shardscope::engine {

std::size_t numberSize(std::string_view text) {
    bool negative = false;
    if (!text.empty() && text[0] == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text == "0") return 1;
    // Canonical text is either "0.000ddd" or "ddd[.ddd]" / "ddd000".
    std::size_t digits = 0;
    long sciExponent = 0;
    if (text.size() > 1 && text[0] == '0' && text[1] == '.') {
        std::size_t i = 2;
        while (i < text.size() && text[i] == '0') ++i;
        digits = text.size() - i;
        sciExponent = -static_cast<long>(i - 1);
    } else {
        const std::size_t point = text.find('.');
        const std::size_t intLen = point == std::string_view::npos ? text.size() : point;
        sciExponent = static_cast<long>(intLen) - 1;
        if (point == std::string_view::npos) {
            std::size_t end = text.size();
            while (end > 1 && text[end - 1] == '0') --end;
            digits = end;
        } else {
            digits = text.size() - 1;
        }
    }
    const bool padFront = ((sciExponent % 2) + 2) % 2 == 0;
    return 1 + (digits + (padFront ? 1 : 0) + 1) / 2 + (negative ? 1 : 0);
}

std::size_t attributeValueSize(const AttributeValue& value) {
    switch (value.type()) {
    case AttributeType::S:
    case AttributeType::B: return value.scalar().size();
    case AttributeType::N: return numberSize(value.scalar());
    case AttributeType::BOOL:
    case AttributeType::Null: return 1;
    case AttributeType::M: {
        std::size_t size = 3;
        for (const auto& [name, v] : value.mapValue()) size += name.size() + attributeValueSize(v) + 1;
        return size;
    }
    case AttributeType::L: {
        std::size_t size = 3;
        for (const auto& v : value.listValue()) size += attributeValueSize(v) + 1;
        return size;
    }
    case AttributeType::SS:
    case AttributeType::BS: {
        std::size_t size = 0;
        for (const auto& m : value.members()) size += m.size();
        return size;
    }
    case AttributeType::NS: {
        std::size_t size = 0;
        for (const auto& m : value.members()) size += numberSize(m);
        return size;
    }
    }
    return 0;
}

namespace {
int valueDepth(const AttributeValue& value) {
    int deepest = 0;
    if (value.is(AttributeType::M))
        for (const auto& [name, v] : value.mapValue()) deepest = std::max(deepest, valueDepth(v));
    else if (value.is(AttributeType::L))
        for (const auto& v : value.listValue()) deepest = std::max(deepest, valueDepth(v));
    else
        return 0;
    return deepest + 1;
}
}  // namespace

int documentDepth(const Item& item) {
    int deepest = 0;
    for (const auto& [name, value] : item) deepest = std::max(deepest, valueDepth(value));
    return deepest;
}

std::size_t itemSize(const Item& item) {
    std::size_t size = 0;
    for (const auto& [name, value] : item) size += name.size() + attributeValueSize(value);
    return size;
}

}  // namespace shardscope::engine
