#include "shardscope/engine/json_codec.h"

#include "shardscope/engine/decimal.h"
#include "types/base64.h"
#include "wire/json_types.h"

#include <algorithm>

namespace shardscope::engine {
namespace {

constexpr const char* kInvalid = "One or more parameter values were invalid: ";

std::string joinMembers(const std::vector<std::string>& members) {
    std::string out = "[";
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i) out += ", ";
        out += members[i];
    }
    return out + "]";
}

Result<std::vector<std::string>> setMembers(const nlohmann::json& array, AttributeType type) {
    if (!array.is_array()) return wire::wrongJsonType(array, "List");
    std::vector<std::string> raw;
    raw.reserve(array.size());
    for (const auto& m : array) {
        if (!m.is_string()) return wire::wrongJsonType(m, type == AttributeType::BS ? "Blob" : "String");
        raw.push_back(m.get<std::string>());
    }
    if (raw.empty()) {
        if (type == AttributeType::SS) return ApiError::validation(std::string(kInvalid) + "An string set  may not be empty");
        if (type == AttributeType::NS) return ApiError::validation(std::string(kInvalid) + "An number set  may not be empty");
        return ApiError::validation(std::string(kInvalid) + "Binary sets should not be empty");
    }
    std::vector<std::string> members;
    members.reserve(raw.size());
    for (const auto& text : raw) {
        if (type == AttributeType::NS) {
            auto d = Decimal::parse(text);
            if (!d.ok()) return std::move(d).error();
            members.push_back(d->toString());
        } else if (type == AttributeType::BS) {
            auto bytes = base64Decode(text);
            if (!bytes.ok()) return std::move(bytes).error();
            members.push_back(std::move(*bytes));
        } else {
            members.push_back(text);
        }
    }
    std::vector<std::string> sorted = members;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
        if (type == AttributeType::SS)
            return ApiError::validation(std::string(kInvalid) + "Input collection " + joinMembers(raw) + " contains duplicates.");
        if (type == AttributeType::NS) return ApiError::validation("Input collection contains duplicates");
        return ApiError::validation(std::string(kInvalid) + "Input collection " + joinMembers(raw) + "of type BS contains duplicates.");
    }
    return members;
}

Result<AttributeValue> parseValue(const nlohmann::json& json, int depth);

Result<AttributeValue> parseTyped(AttributeType type, const nlohmann::json& v, int depth) {
    switch (type) {
    case AttributeType::S:
        if (!v.is_string()) return wire::wrongJsonType(v, "String");
        return AttributeValue::string(v.get<std::string>());
    case AttributeType::N: {
        if (!v.is_string()) return wire::wrongJsonType(v, "String");
        auto d = Decimal::parse(v.get_ref<const std::string&>());
        if (!d.ok()) return std::move(d).error();
        return AttributeValue::number(d->toString());
    }
    case AttributeType::B: {
        if (!v.is_string()) return wire::wrongJsonType(v, "Blob");
        auto bytes = base64Decode(v.get_ref<const std::string&>());
        if (!bytes.ok()) return std::move(bytes).error();
        return AttributeValue::binary(std::move(*bytes));
    }
    case AttributeType::BOOL:
        if (!v.is_boolean()) return wire::wrongJsonType(v, "Boolean");
        return AttributeValue::boolean(v.get<bool>());
    case AttributeType::Null:
        if (!v.is_boolean()) return wire::wrongJsonType(v, "Boolean");
        if (!v.get<bool>())
            return ApiError::validation(std::string(kInvalid) + "Null attribute value types must have the value of true");
        return AttributeValue::null();
    case AttributeType::M: {
        if (!v.is_object()) return wire::wrongJsonType(v, "Map");
        if (depth >= kMaxNestingDepth) return ApiError::validation("Nesting Levels have exceeded supported limits");
        AttributeMap map;
        for (auto it = v.begin(); it != v.end(); ++it) {
            auto child = parseValue(it.value(), depth + 1);
            if (!child.ok()) return std::move(child).error();
            map.set(it.key(), std::move(*child));
        }
        return AttributeValue::map(std::move(map));
    }
    case AttributeType::L: {
        if (!v.is_array()) return wire::wrongJsonType(v, "List");
        if (depth >= kMaxNestingDepth) return ApiError::validation("Nesting Levels have exceeded supported limits");
        std::vector<AttributeValue> list;
        list.reserve(v.size());
        for (const auto& e : v) {
            auto child = parseValue(e, depth + 1);
            if (!child.ok()) return std::move(child).error();
            list.push_back(std::move(*child));
        }
        return AttributeValue::list(std::move(list));
    }
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS: {
        auto members = setMembers(v, type);
        if (!members.ok()) return std::move(members).error();
        return AttributeValue::set(type, std::move(*members));
    }
    }
    return ApiError::internal("unreachable");
}

Result<AttributeValue> parseValue(const nlohmann::json& json, int depth) {
    if (!json.is_object()) return wire::wrongJsonType(json, "Structure");
    // Unknown members are ignored by the service's JSON layer; nulls count as absent.
    const nlohmann::json* typed = nullptr;
    AttributeType type = AttributeType::Null;
    int count = 0;
    for (auto it = json.begin(); it != json.end(); ++it) {
        AttributeType t;
        if (it.value().is_null() || !parseAttributeTypeName(it.key(), &t)) continue;
        ++count;
        if (count == 1) {
            typed = &it.value();
            type = t;
        }
    }
    if (count == 0)
        return ApiError::validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    if (count > 1)
        return ApiError::validation(
            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    return parseTyped(type, *typed, depth);
}

}  // namespace

Result<AttributeValue> attributeValueFromJson(const nlohmann::json& json) { return parseValue(json, 0); }

Result<Item> itemFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return wire::wrongJsonType(json, "Map");
    Item item;
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto value = parseValue(it.value(), 0);
        if (!value.ok()) return std::move(value).error();
        item.set(it.key(), std::move(*value));
    }
    return item;
}

// Responses are built as nlohmann objects (std::map): each value is built in
// place and moved in, and members are appended with an end hint, which is
// O(1) because AttributeMap's byte order is the map's order.
nlohmann::json toJson(const AttributeValue& value) {
    using json = nlohmann::json;
    json inner;
    switch (value.type()) {
    case AttributeType::S:
    case AttributeType::N: inner = value.scalar(); break;
    case AttributeType::B: inner = base64Encode(value.scalar()); break;
    case AttributeType::BOOL: inner = value.boolValue(); break;
    case AttributeType::Null: inner = true; break;
    case AttributeType::M: inner = toJson(value.mapValue()); break;
    case AttributeType::L: {
        inner = json::array();
        auto& list = inner.get_ref<json::array_t&>();
        list.reserve(value.listValue().size());
        for (const auto& e : value.listValue()) list.push_back(toJson(e));
        break;
    }
    case AttributeType::SS:
    case AttributeType::NS: inner = value.members(); break;
    case AttributeType::BS: {
        inner = json::array();
        auto& list = inner.get_ref<json::array_t&>();
        list.reserve(value.members().size());
        for (const auto& m : value.members()) list.push_back(base64Encode(m));
        break;
    }
    }
    json out(json::value_t::object);
    out.get_ref<json::object_t&>().emplace(std::string(attributeTypeName(value.type())), std::move(inner));
    return out;
}

nlohmann::json toJson(const Item& item) {
    using json = nlohmann::json;
    json out(json::value_t::object);
    auto& members = out.get_ref<json::object_t&>();
    for (const auto& [name, value] : item) members.emplace_hint(members.end(), name, toJson(value));
    return out;
}

}  // namespace shardscope::engine
