// AttributeValue and AttributeMap: DynamoDB's ten data types in memory.
//
// An AttributeValue holds exactly one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.
// Numbers are kept as their canonical decimal text (see Decimal), binaries as
// raw bytes, sets as sorted unique members (DynamoDB does not keep set order,
// and sorted members make equality and membership cheap). An AttributeMap is a
// name-sorted vector of (name, value): compact, cache-friendly and ordered, so
// responses are deterministic. An Item is an AttributeMap.
//
// Values are validated when they are built from the wire (json_codec.h); the
// constructors here trust their input.
//
// Thread-safety: plain value types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace shardscope::engine {

enum class AttributeType : std::uint8_t { S, N, B, BOOL, Null, M, L, SS, NS, BS };

// "S", "N", … "NULL", "BS": the wire names.
std::string_view attributeTypeName(AttributeType type);
// Inverse of attributeTypeName; false when the name is not a type.
bool parseAttributeTypeName(std::string_view name, AttributeType* out);
bool isSetType(AttributeType type);
bool isScalarKeyType(AttributeType type);  // S, N, B

class AttributeValue;

class AttributeMap {
public:
    using Entry = std::pair<std::string, AttributeValue>;

    AttributeMap() = default;

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    auto begin() const { return m_entries.begin(); }
    auto end() const { return m_entries.end(); }
    auto begin() { return m_entries.begin(); }
    auto end() { return m_entries.end(); }

    // Returns nullptr when the name is absent.
    const AttributeValue* find(std::string_view name) const;
    AttributeValue* find(std::string_view name);
    bool contains(std::string_view name) const { return find(name) != nullptr; }
    // Inserts or replaces.
    void set(std::string name, AttributeValue value);
    // Returns whether something was removed.
    bool erase(std::string_view name);
    void clear() { m_entries.clear(); }

    friend bool operator==(const AttributeMap&, const AttributeMap&);

private:
    std::vector<Entry>::const_iterator lowerBound(std::string_view name) const;
    std::vector<Entry> m_entries;  // sorted by name (byte order)
};

using Item = AttributeMap;

class AttributeValue {
public:
    AttributeValue() : m_type(AttributeType::Null), m_value(true) {}

    static AttributeValue string(std::string text);
    // `canonical` must be Decimal canonical text.
    static AttributeValue number(std::string canonical);
    static AttributeValue binary(std::string bytes);
    static AttributeValue boolean(bool value);
    static AttributeValue null();
    static AttributeValue map(AttributeMap entries);
    static AttributeValue list(std::vector<AttributeValue> elements);
    // Members must already be unique; they are sorted here (numbers numerically).
    static AttributeValue set(AttributeType setType, std::vector<std::string> members);

    AttributeType type() const { return m_type; }
    bool is(AttributeType type) const { return m_type == type; }

    // S text, N canonical text, B raw bytes.
    const std::string& scalar() const { return std::get<std::string>(m_value); }
    bool boolValue() const { return std::get<bool>(m_value); }
    const AttributeMap& mapValue() const { return std::get<AttributeMap>(m_value); }
    AttributeMap& mapValue() { return std::get<AttributeMap>(m_value); }
    const std::vector<AttributeValue>& listValue() const { return std::get<std::vector<AttributeValue>>(m_value); }
    std::vector<AttributeValue>& listValue() { return std::get<std::vector<AttributeValue>>(m_value); }
    // SS/NS/BS members: sorted, unique (NS as canonical numbers in numeric order).
    const std::vector<std::string>& members() const { return std::get<std::vector<std::string>>(m_value); }

    // DynamoDB equality: same type and value; sets compare as sets.
    friend bool operator==(const AttributeValue&, const AttributeValue&);

private:
    AttributeValue(AttributeType type, std::variant<std::string, bool, AttributeMap, std::vector<AttributeValue>,
                                                    std::vector<std::string>> value)
        : m_type(type), m_value(std::move(value)) {}

    AttributeType m_type;
    std::variant<std::string, bool, AttributeMap, std::vector<AttributeValue>, std::vector<std::string>> m_value;
};

}  // namespace shardscope::engine
