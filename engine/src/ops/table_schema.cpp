#include "ops/table_schema.h"

#include "indexes/index_store.h"
#include "types/key_codec.h"

namespace shardscope::engine {
namespace {

constexpr const char* kNotValid = "One or more parameter values are not valid. ";
constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr std::size_t kMaxHashKeyBytes = 2048;
constexpr std::size_t kMaxRangeKeyBytes = 1024;

ApiError keyMismatch() { return ApiError::validation("The provided key element does not match the schema"); }

}  // namespace

Result<TableSchema> TableSchema::fromDescription(std::int64_t id, nlohmann::json description) {
    TableSchema schema;
    schema.m_id = id;
    schema.m_name = description.value("TableName", "");
    const auto& defs = description["AttributeDefinitions"];
    auto typeOf = [&](const std::string& attr) -> std::optional<AttributeType> {
        for (const auto& d : defs) {
            AttributeType t;
            if (d.value("AttributeName", "") == attr && parseAttributeTypeName(d.value("AttributeType", ""), &t))
                return t;
        }
        return std::nullopt;
    };
    for (const auto& k : description["KeySchema"]) {
        const std::string attr = k.value("AttributeName", "");
        const auto type = typeOf(attr);
        if (!type) return ApiError::internal("Corrupt key schema for table " + schema.m_name);
        if (k.value("KeyType", "") == "HASH")
            schema.m_hashKey = {attr, *type};
        else
            schema.m_rangeKey = KeyAttribute{attr, *type};
    }
    if (schema.m_hashKey.name.empty()) return ApiError::internal("Table " + schema.m_name + " has no hash key");
    if (const auto stream = description.find("StreamSpecification"); stream != description.end() && stream->is_object())
        schema.m_streamEnabled = stream->value("StreamEnabled", false);
    schema.m_description = std::move(description);
    SHARDSCOPE_TRY(schema.reloadIndexes());
    return schema;
}

Status TableSchema::reloadIndexes() {
    const auto& defs = m_description["AttributeDefinitions"];
    auto typeOf = [&](const std::string& attr) -> std::optional<AttributeType> {
        for (const auto& d : defs) {
            AttributeType t;
            if (d.value("AttributeName", "") == attr && parseAttributeTypeName(d.value("AttributeType", ""), &t))
                return t;
        }
        return std::nullopt;
    };
    std::vector<indexes::IndexSchema> loaded;
    for (const auto& [member, kind] : {std::pair{"LocalSecondaryIndexes", indexes::IndexKind::Local},
                                       std::pair{"GlobalSecondaryIndexes", indexes::IndexKind::Global}}) {
        if (!m_description.contains(member) || !m_description.at(member).is_array()) continue;
        for (const auto& index : m_description.at(member)) {
            auto parsed = indexes::IndexSchema::fromDescription(index, kind, keyNames(), typeOf);
            if (!parsed.ok()) return std::move(parsed).error();
            if (const auto* old = findIndex(parsed->name())) parsed->backfillPercent = old->backfillPercent;
            loaded.push_back(std::move(*parsed));
        }
    }
    m_indexes = std::move(loaded);
    m_needsImages = !m_indexes.empty();
    return Status::success();
}

const indexes::IndexSchema* TableSchema::findIndex(std::string_view name) const {
    for (const auto& index : m_indexes)
        if (index.name() == name) return &index;
    return nullptr;
}

indexes::IndexSchema* TableSchema::findIndex(std::string_view name) {
    for (auto& index : m_indexes)
        if (index.name() == name) return &index;
    return nullptr;
}

bool TableSchema::hasLocalIndexes() const {
    for (const auto& index : m_indexes)
        if (index.kind() == indexes::IndexKind::Local) return true;
    return false;
}

bool TableSchema::isKeyAttribute(std::string_view name) const {
    return m_hashKey.name == name || (m_rangeKey && m_rangeKey->name == name);
}

std::vector<std::string> TableSchema::keyNames() const {
    std::vector<std::string> names{m_hashKey.name};
    if (m_rangeKey) names.push_back(m_rangeKey->name);
    return names;
}

nlohmann::json TableSchema::describe() const {
    nlohmann::json out = m_description;
    out["ItemCount"] = itemCount;
    out["TableSizeBytes"] = sizeBytes;
    if (!m_indexStore) return out;
    for (const char* member : {"LocalSecondaryIndexes", "GlobalSecondaryIndexes"}) {
        if (!out.contains(member) || !out.at(member).is_array()) continue;
        for (auto& index : out[member]) {
            const std::string name = index.value("IndexName", "");
            auto usage = m_indexStore->usage(m_id, name);
            const indexes::IndexUsage live = usage.ok() && *usage ? **usage : indexes::IndexUsage{};
            index["ItemCount"] = live.itemCount;
            index["IndexSizeBytes"] = live.entryBytes + live.itemCount * indexes::IndexSchema::kEntryOverheadBytes;
            const auto* schema = findIndex(name);
            if (schema && schema->state() == indexes::IndexState::Creating)
                index["OnlineIndexPercentageProgress"] = schema->backfillPercent;
        }
    }
    return out;
}

Status TableSchema::checkKeyValue(const KeyAttribute& attr, const AttributeValue& value, bool isHash) const {
    if (value.scalar().empty()) {
        const char* kind = value.is(AttributeType::B) ? "binary" : "string";
        return ApiError::validation(std::string(kNotValid) + "The AttributeValue for a key attribute cannot contain an empty " +
                                    kind + " value. Key: " + attr.name);
    }
    if (!value.is(AttributeType::N)) {
        if (isHash && value.scalar().size() > kMaxHashKeyBytes)
            return ApiError::validation(std::string(kInvalid) +
                                        "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        if (!isHash && value.scalar().size() > kMaxRangeKeyBytes)
            return ApiError::validation(std::string(kInvalid) +
                                        "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    }
    return Status::success();
}

storage::StoredKey TableSchema::storedKey(const AttributeValue& hash, const AttributeValue* range) const {
    storage::StoredKey key;
    key.pk = encodeKeyValue(hash);
    key.hash = hashToStorage(partitionHash(key.pk));
    if (range) key.sk = encodeKeyValue(*range);
    return key;
}

Result<storage::StoredKey> TableSchema::keyOfItem(const Item& item) const {
    const AttributeValue* values[2] = {nullptr, nullptr};
    const KeyAttribute* attrs[2] = {&m_hashKey, m_rangeKey ? &*m_rangeKey : nullptr};
    for (int i = 0; i < 2; ++i) {
        if (!attrs[i]) continue;
        values[i] = item.find(attrs[i]->name);
        if (!values[i])
            return ApiError::validation(std::string(kInvalid) + "Missing the key " + attrs[i]->name + " in the item");
        if (values[i]->type() != attrs[i]->type)
            return ApiError::validation(std::string(kInvalid) + "Type mismatch for key " + attrs[i]->name + " expected: " +
                                        std::string(attributeTypeName(attrs[i]->type)) +
                                        " actual: " + std::string(attributeTypeName(values[i]->type())));
        SHARDSCOPE_TRY(checkKeyValue(*attrs[i], *values[i], i == 0));
    }
    return storedKey(*values[0], values[1]);
}

Result<storage::StoredKey> TableSchema::keyOfKey(const Item& key) const {
    const std::size_t expected = m_rangeKey ? 2 : 1;
    if (key.size() != expected) return keyMismatch();
    const AttributeValue* hash = key.find(m_hashKey.name);
    if (!hash || hash->type() != m_hashKey.type) return keyMismatch();
    const AttributeValue* range = nullptr;
    if (m_rangeKey) {
        range = key.find(m_rangeKey->name);
        if (!range || range->type() != m_rangeKey->type) return keyMismatch();
    }
    // In a Key parameter an empty value reads "were invalid:" (in an Item,
    // "are not valid.", as checkKeyValue words it).
    auto emptyInKey = [](const KeyAttribute& attr, const AttributeValue& value) {
        return ApiError::validation(std::string(kInvalid) + "The AttributeValue for a key attribute cannot contain an empty " +
                                    (value.is(AttributeType::B) ? "binary" : "string") + " value. Key: " + attr.name);
    };
    if (hash->scalar().empty()) return emptyInKey(m_hashKey, *hash);
    SHARDSCOPE_TRY(checkKeyValue(m_hashKey, *hash, true));
    if (range && range->scalar().empty()) return emptyInKey(*m_rangeKey, *range);
    if (range) SHARDSCOPE_TRY(checkKeyValue(*m_rangeKey, *range, false));
    return storedKey(*hash, range);
}

Item TableSchema::keyAttributes(const Item& item) const {
    Item key;
    if (const auto* h = item.find(m_hashKey.name)) key.set(m_hashKey.name, *h);
    if (m_rangeKey)
        if (const auto* r = item.find(m_rangeKey->name)) key.set(m_rangeKey->name, *r);
    return key;
}

}  // namespace shardscope::engine
