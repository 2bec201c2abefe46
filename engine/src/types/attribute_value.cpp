#include "shardscope/engine/attribute_value.h"

#include "shardscope/engine/decimal.h"

#include <algorithm>
#include <array>

namespace shardscope::engine {
namespace {

constexpr std::array<std::string_view, 10> kTypeNames = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};

// Orders canonical number texts numerically. Members were validated on entry,
// so parse cannot fail here; a failure would sort as zero.
bool numberLess(const std::string& a, const std::string& b) {
    auto da = Decimal::parse(a);
    auto db = Decimal::parse(b);
    const Decimal x = da.ok() ? *da : Decimal();
    const Decimal y = db.ok() ? *db : Decimal();
    return x < y;
}

}  // namespace

std::string_view attributeTypeName(AttributeType type) { return kTypeNames[static_cast<std::size_t>(type)]; }

bool parseAttributeTypeName(std::string_view name, AttributeType* out) {
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (kTypeNames[i] == name) {
            *out = static_cast<AttributeType>(i);
            return true;
        }
    }
    return false;
}

bool isSetType(AttributeType type) {
    return type == AttributeType::SS || type == AttributeType::NS || type == AttributeType::BS;
}

bool isScalarKeyType(AttributeType type) {
    return type == AttributeType::S || type == AttributeType::N || type == AttributeType::B;
}

// --- AttributeMap ---------------------------------------------------------

std::vector<AttributeMap::Entry>::const_iterator AttributeMap::lowerBound(std::string_view name) const {
    return std::lower_bound(m_entries.begin(), m_entries.end(), name,
                            [](const Entry& e, std::string_view n) { return std::string_view(e.first) < n; });
}

const AttributeValue* AttributeMap::find(std::string_view name) const {
    auto it = lowerBound(name);
    if (it != m_entries.end() && it->first == name) return &it->second;
    return nullptr;
}

AttributeValue* AttributeMap::find(std::string_view name) {
    return const_cast<AttributeValue*>(static_cast<const AttributeMap*>(this)->find(name));
}

void AttributeMap::set(std::string name, AttributeValue value) {
    auto it = m_entries.begin() + (lowerBound(name) - m_entries.cbegin());
    if (it != m_entries.end() && it->first == name) {
        it->second = std::move(value);
        return;
    }
    m_entries.emplace(it, std::move(name), std::move(value));
}

bool AttributeMap::erase(std::string_view name) {
    auto it = lowerBound(name);
    if (it == m_entries.end() || it->first != name) return false;
    m_entries.erase(it);
    return true;
}

bool operator==(const AttributeMap& a, const AttributeMap& b) { return a.m_entries == b.m_entries; }

// --- AttributeValue -------------------------------------------------------

AttributeValue AttributeValue::string(std::string text) { return {AttributeType::S, std::move(text)}; }
AttributeValue AttributeValue::number(std::string canonical) { return {AttributeType::N, std::move(canonical)}; }
AttributeValue AttributeValue::binary(std::string bytes) { return {AttributeType::B, std::move(bytes)}; }
AttributeValue AttributeValue::boolean(bool value) { return {AttributeType::BOOL, value}; }
AttributeValue AttributeValue::null() { return {AttributeType::Null, true}; }
AttributeValue AttributeValue::map(AttributeMap entries) { return {AttributeType::M, std::move(entries)}; }
AttributeValue AttributeValue::list(std::vector<AttributeValue> elements) {
    return {AttributeType::L, std::move(elements)};
}

AttributeValue AttributeValue::set(AttributeType setType, std::vector<std::string> members) {
    if (setType == AttributeType::NS)
        std::sort(members.begin(), members.end(), numberLess);
    else
        std::sort(members.begin(), members.end());
    return {setType, std::move(members)};
}

bool operator==(const AttributeValue& a, const AttributeValue& b) {
    // Sets are kept sorted, and numbers canonical, so structural equality is
    // DynamoDB equality.
    return a.m_type == b.m_type && a.m_value == b.m_value;
}

}  // namespace shardscope::engine
