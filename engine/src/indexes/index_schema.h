// IndexSchema: one secondary index (GSI or LSI) as the data plane uses it.
//
// Built from the index's entry in the table description (and the table's
// AttributeDefinitions for the key types). It knows the index key
// attributes, the projection and the index's life-cycle state, and turns a
// base item into its index entry: the projected attributes (the table key,
// the index key, and the ALL / INCLUDE extras) stored under the index key.
// An item lacking an index key attribute has no entry (a sparse index).
// checkItem() reports DynamoDB's errors for index key values a write may
// not store; entryFor() quietly skips such values (a backfill meets items
// written before the index existed).
//
// Thread-safety: plain value; used under the engine's lock.
#pragma once

#include "expr/key_condition.h"
#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"
#include "storage/item_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::indexes {

enum class IndexKind : std::uint8_t { Global, Local };
// Creating: a GSI being backfilled (maintained by writes, not readable).
// Deleting: a GSI whose entries are being removed (neither maintained nor readable).
enum class IndexState : std::uint8_t { Active, Creating, Deleting };
enum class ProjectionType : std::uint8_t { All, KeysOnly, Include };

struct IndexKeyElement {
    std::string name;
    AttributeType type = AttributeType::S;
};

// Where an entry is stored: the index key (storage hash of the encoded index
// partition key, the encoded partition and sort key values; `isk` is empty
// without an index sort key), then the base table key, which makes entries
// with equal index keys distinct. Encodings are types/key_codec.h's.
struct IndexKey {
    std::int64_t hash = 0;
    std::string ipk;
    std::string isk;
    std::string pk;
    std::string sk;

    friend bool operator==(const IndexKey&, const IndexKey&) = default;
};

struct IndexEntry {
    IndexKey key;
    Item item;             // the projected attributes
    std::size_t size = 0;  // DynamoDB size of `item` (no per-entry overhead)
};

// An attribute's type from AttributeDefinitions; nullopt when undefined.
using AttributeTypeLookup = std::function<std::optional<AttributeType>(const std::string&)>;

class IndexSchema {
public:
    // Storage overhead DynamoDB adds to every index entry (IndexSizeBytes).
    static constexpr std::int64_t kEntryOverheadBytes = 100;

    // `index` is a LocalSecondaryIndexes / GlobalSecondaryIndexes element of
    // a stored description; `tableKeyNames` the table's key attributes.
    static Result<IndexSchema> fromDescription(const nlohmann::json& index, IndexKind kind,
                                               std::vector<std::string> tableKeyNames,
                                               const AttributeTypeLookup& typeOf);

    const std::string& name() const { return m_name; }
    IndexKind kind() const { return m_kind; }
    bool isGlobal() const { return m_kind == IndexKind::Global; }
    IndexState state() const { return m_state; }
    void setState(IndexState state) { m_state = state; }
    const IndexKeyElement& hashKey() const { return m_hashKey; }
    const std::optional<IndexKeyElement>& rangeKey() const { return m_rangeKey; }
    ProjectionType projectionType() const { return m_projection; }
    // The index key as a Query sees it (key conditions, filters).
    expr::KeySchemaNames keySchemaNames() const;
    // Table key attributes, then the index key attributes not among them:
    // the attributes of a LastEvaluatedKey.
    const std::vector<std::string>& keyAttributeNames() const { return m_keyNames; }

    // Whether the top-level attribute is in every entry that has it.
    bool projects(std::string_view attribute) const;

    // The entry for `item` stored under `baseKey`; nullopt when the item has
    // no (valid) value for an index key attribute.
    std::optional<IndexEntry> entryFor(const Item& item, const storage::StoredKey& baseKey) const;
    // `item` reduced to the projected attributes.
    Item project(const Item& item) const;
    // The storage key of an entry with these index key values.
    IndexKey storageKey(const AttributeValue& hash, const AttributeValue* range, const storage::StoredKey& baseKey) const;

    // DynamoDB's ValidationException for an index key value `item` may not
    // hold (wrong type, empty S/B, too long); table key attributes are the
    // table's to check.
    Status checkItem(const Item& item) const;

    // Backfill progress (0..100) while Creating; kept in memory only.
    double backfillPercent = 0;

private:
    bool isTableKey(std::string_view attribute) const;
    // 0: fine; 1: wrong type; 2: empty; 3: too long.
    int valueProblem(const IndexKeyElement& element, const AttributeValue& value, bool isHash) const;

    std::string m_name;
    IndexKind m_kind = IndexKind::Global;
    IndexState m_state = IndexState::Active;
    IndexKeyElement m_hashKey;
    std::optional<IndexKeyElement> m_rangeKey;
    ProjectionType m_projection = ProjectionType::All;
    std::set<std::string, std::less<>> m_nonKeyAttributes;
    std::vector<std::string> m_tableKeyNames;
    std::vector<std::string> m_keyNames;
};

}  // namespace shardscope::engine::indexes
