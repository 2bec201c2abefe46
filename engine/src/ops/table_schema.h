// TableSchema: what the engine knows about one table while it is open.
//
// Built from the persisted description (the DescribeTable body), it holds the
// key schema in a form the data plane uses directly, the secondary indexes
// (indexes/index_schema.h), and live usage counters.
// Key validation lives here because every item operation needs it with
// DynamoDB's exact messages.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "indexes/index_schema.h"
#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"
#include "storage/item_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace shardscope::engine {
namespace indexes {
class IndexStore;
}
namespace observe {
class TableMonitor;
}

struct KeyAttribute {
    std::string name;
    AttributeType type = AttributeType::S;
};

class TableSchema {
public:
    // `description` is a stored TableDescription.
    static Result<TableSchema> fromDescription(std::int64_t id, nlohmann::json description);

    std::int64_t id() const { return m_id; }
    const std::string& name() const { return m_name; }
    const KeyAttribute& hashKey() const { return m_hashKey; }
    const std::optional<KeyAttribute>& rangeKey() const { return m_rangeKey; }
    bool isKeyAttribute(std::string_view name) const;
    // The key attribute names: hash first, then range if any.
    std::vector<std::string> keyNames() const;

    // The persisted description (no live counters).
    const nlohmann::json& description() const { return m_description; }
    nlohmann::json& description() { return m_description; }
    // The description with live ItemCount / TableSizeBytes (and each index's
    // ItemCount / IndexSizeBytes, read from the attached index store), as
    // DescribeTable returns it.
    nlohmann::json describe() const;

    // Secondary indexes (LSIs, then GSIs), whatever their state.
    const std::vector<indexes::IndexSchema>& indexes() const { return m_indexes; }
    const indexes::IndexSchema* findIndex(std::string_view name) const;
    indexes::IndexSchema* findIndex(std::string_view name);
    bool hasLocalIndexes() const;
    // Re-reads the index definitions after description() changed them
    // (indexes/index_lifecycle.h); in-memory backfill progress survives.
    Status reloadIndexes();
    // Where describe() reads live index usage (null: the stored counters).
    void setIndexStore(const indexes::IndexStore* store) { m_indexStore = store; }

    // Validates the key attributes of a whole item (PutItem) and returns its storage key.
    Result<storage::StoredKey> keyOfItem(const Item& item) const;
    // Validates a Key parameter (GetItem, DeleteItem, ...): exactly the key attributes.
    Result<storage::StoredKey> keyOfKey(const Item& key) const;
    // The key attributes of an item, as a Key map.
    Item keyAttributes(const Item& item) const;
    // The storage key of already validated key values.
    storage::StoredKey storedKey(const AttributeValue& hash, const AttributeValue* range) const;

    // Whether writes must see the item before and after (indexes, streams).
    bool needsImages() const { return m_needsImages || m_streamEnabled; }
    // Whether the table has an enabled stream (streams/stream_lifecycle.h
    // switches it; fromDescription() reads it from StreamSpecification).
    bool streamEnabled() const { return m_streamEnabled; }
    void setStreamEnabled(bool enabled) { m_streamEnabled = enabled; }

    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
    // Capacity, partitions, metrics and hot keys of this table, built on
    // first use (observe/table_monitor.h); dies with the open table.
    std::shared_ptr<observe::TableMonitor> monitor;

private:
    Status checkKeyValue(const KeyAttribute& attr, const AttributeValue& value, bool isHash) const;

    std::int64_t m_id = 0;
    std::string m_name;
    KeyAttribute m_hashKey;
    std::optional<KeyAttribute> m_rangeKey;
    nlohmann::json m_description;
    std::vector<indexes::IndexSchema> m_indexes;
    const indexes::IndexStore* m_indexStore = nullptr;
    bool m_needsImages = false;
    bool m_streamEnabled = false;
};

}  // namespace shardscope::engine
