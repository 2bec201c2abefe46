#include "indexes/index_schema.h"

#include "shardscope/engine/item_size.h"
#include "types/key_codec.h"

#include <algorithm>

namespace shardscope::engine::indexes {
namespace {

constexpr std::size_t kMaxHashKeyBytes = 2048;
constexpr std::size_t kMaxRangeKeyBytes = 1024;
constexpr const char* kInvalid = "One or more parameter values were invalid: ";

}  // namespace

Result<IndexSchema> IndexSchema::fromDescription(const nlohmann::json& index, IndexKind kind,
                                                 std::vector<std::string> tableKeyNames,
                                                 const AttributeTypeLookup& typeOf) {
    IndexSchema schema;
    schema.m_kind = kind;
    schema.m_name = index.value("IndexName", "");
    schema.m_tableKeyNames = std::move(tableKeyNames);
    if (schema.m_name.empty() || !index.contains("KeySchema") || !index.at("KeySchema").is_array())
        return ApiError::internal("Corrupt secondary index definition " + schema.m_name);
    for (const auto& element : index.at("KeySchema")) {
        const std::string attr = element.value("AttributeName", "");
        const auto type = typeOf(attr);
        if (!type) return ApiError::internal("Corrupt key schema for index " + schema.m_name);
        if (element.value("KeyType", "") == "HASH")
            schema.m_hashKey = {attr, *type};
        else
            schema.m_rangeKey = IndexKeyElement{attr, *type};
    }
    if (schema.m_hashKey.name.empty()) return ApiError::internal("Index " + schema.m_name + " has no hash key");

    const nlohmann::json projection = index.value("Projection", nlohmann::json::object());
    const std::string type = projection.value("ProjectionType", "ALL");
    schema.m_projection = type == "KEYS_ONLY" ? ProjectionType::KeysOnly
                          : type == "INCLUDE" ? ProjectionType::Include
                                              : ProjectionType::All;
    if (projection.contains("NonKeyAttributes") && projection.at("NonKeyAttributes").is_array())
        for (const auto& attr : projection.at("NonKeyAttributes"))
            if (attr.is_string()) schema.m_nonKeyAttributes.insert(attr.get<std::string>());

    const std::string status = index.value("IndexStatus", "ACTIVE");
    schema.m_state = status == "CREATING"   ? IndexState::Creating
                     : status == "DELETING" ? IndexState::Deleting
                                            : IndexState::Active;

    schema.m_keyNames = schema.m_tableKeyNames;
    for (const IndexKeyElement* e : {&schema.m_hashKey, schema.m_rangeKey ? &*schema.m_rangeKey : nullptr})
        if (e && std::find(schema.m_keyNames.begin(), schema.m_keyNames.end(), e->name) == schema.m_keyNames.end())
            schema.m_keyNames.push_back(e->name);
    return schema;
}

expr::KeySchemaNames IndexSchema::keySchemaNames() const {
    expr::KeySchemaNames names;
    names.partitionKey = m_hashKey.name;
    names.partitionType = m_hashKey.type;
    if (m_rangeKey) {
        names.sortKey = m_rangeKey->name;
        names.sortType = m_rangeKey->type;
    }
    return names;
}

bool IndexSchema::isTableKey(std::string_view attribute) const {
    return std::find(m_tableKeyNames.begin(), m_tableKeyNames.end(), attribute) != m_tableKeyNames.end();
}

bool IndexSchema::projects(std::string_view attribute) const {
    if (m_projection == ProjectionType::All) return true;
    if (std::find(m_keyNames.begin(), m_keyNames.end(), attribute) != m_keyNames.end()) return true;
    return m_projection == ProjectionType::Include && m_nonKeyAttributes.count(attribute) != 0;
}

Item IndexSchema::project(const Item& item) const {
    if (m_projection == ProjectionType::All) return item;
    Item out;
    for (const auto& [name, value] : item)
        if (projects(name)) out.set(name, value);
    return out;
}

int IndexSchema::valueProblem(const IndexKeyElement& element, const AttributeValue& value, bool isHash) const {
    if (value.type() != element.type) return 1;
    if (value.scalar().empty()) return 2;
    if (!value.is(AttributeType::N) && value.scalar().size() > (isHash ? kMaxHashKeyBytes : kMaxRangeKeyBytes))
        return 3;
    return 0;
}

IndexKey IndexSchema::storageKey(const AttributeValue& hash, const AttributeValue* range,
                                 const storage::StoredKey& baseKey) const {
    IndexKey key;
    key.ipk = encodeKeyValue(hash);
    key.hash = hashToStorage(partitionHash(key.ipk));
    if (range) key.isk = encodeKeyValue(*range);
    key.pk = baseKey.pk;
    key.sk = baseKey.sk;
    return key;
}

std::optional<IndexEntry> IndexSchema::entryFor(const Item& item, const storage::StoredKey& baseKey) const {
    const AttributeValue* hash = item.find(m_hashKey.name);
    if (!hash || valueProblem(m_hashKey, *hash, true) != 0) return std::nullopt;
    const AttributeValue* range = nullptr;
    if (m_rangeKey) {
        range = item.find(m_rangeKey->name);
        if (!range || valueProblem(*m_rangeKey, *range, false) != 0) return std::nullopt;
    }
    IndexEntry entry;
    entry.key = storageKey(*hash, range, baseKey);
    entry.item = project(item);
    entry.size = itemSize(entry.item);
    return entry;
}

Status IndexSchema::checkItem(const Item& item) const {
    const IndexKeyElement* elements[2] = {&m_hashKey, m_rangeKey ? &*m_rangeKey : nullptr};
    for (int i = 0; i < 2; ++i) {
        const IndexKeyElement* element = elements[i];
        if (!element || isTableKey(element->name)) continue;
        const AttributeValue* value = item.find(element->name);
        if (!value) continue;
        switch (valueProblem(*element, *value, i == 0)) {
        case 1:
            return ApiError::validation(std::string(kInvalid) + "Type mismatch for Index Key " + element->name +
                                        " Expected: " + std::string(attributeTypeName(element->type)) +
                                        " Actual: " + std::string(attributeTypeName(value->type())) +
                                        " IndexName: " + m_name);
        case 2:
            return ApiError::validation(
                std::string("One or more parameter values are not valid. A value specified for a secondary index key "
                            "is not supported. The AttributeValue for a key attribute cannot contain an empty ") +
                (value->is(AttributeType::B) ? "binary" : "string") + " value. IndexName: " + m_name +
                ", IndexKey: " + element->name);
        case 3:
            return ApiError::validation(std::string(kInvalid) +
                                        (i == 0 ? "Size of hashkey has exceeded the maximum size limit of2048 bytes"
                                                : "Aggregated size of all range keys has exceeded the size limit of 1024 bytes"));
        default: break;
        }
    }
    return Status::success();
}

}  // namespace shardscope::engine::indexes
