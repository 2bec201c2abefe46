#include "expr/value_ops.h"

#include <algorithm>
#include <charconv>

namespace shardscope::engine::expr {
namespace {

int sign(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }

// Magnitudes of two unsigned canonical numbers ("12.5", "0.001", "7").
int compareMagnitude(std::string_view a, std::string_view b) {
    const std::size_t dotA = a.find('.');
    const std::size_t dotB = b.find('.');
    const std::string_view intA = a.substr(0, dotA);
    const std::string_view intB = b.substr(0, dotB);
    if (intA.size() != intB.size()) return intA.size() < intB.size() ? -1 : 1;
    if (const int c = intA.compare(intB); c != 0) return sign(c);
    const std::string_view fracA = dotA == std::string_view::npos ? std::string_view() : a.substr(dotA + 1);
    const std::string_view fracB = dotB == std::string_view::npos ? std::string_view() : b.substr(dotB + 1);
    return sign(fracA.compare(fracB));
}

bool isMemberType(AttributeType setType, AttributeType elementType) {
    return (setType == AttributeType::SS && elementType == AttributeType::S) ||
           (setType == AttributeType::NS && elementType == AttributeType::N) ||
           (setType == AttributeType::BS && elementType == AttributeType::B);
}

}  // namespace

int compareNumbers(std::string_view a, std::string_view b) {
    const bool negA = !a.empty() && a.front() == '-';
    const bool negB = !b.empty() && b.front() == '-';
    if (negA != negB) return negA ? -1 : 1;
    const int magnitude = compareMagnitude(negA ? a.substr(1) : a, negB ? b.substr(1) : b);
    return negA ? -magnitude : magnitude;
}

std::optional<int> orderValues(const AttributeValue& a, const AttributeValue& b) {
    if (a.type() != b.type()) return std::nullopt;
    switch (a.type()) {
    case AttributeType::S:
    case AttributeType::B:
        return sign(a.scalar().compare(b.scalar()));
    case AttributeType::N:
        return compareNumbers(a.scalar(), b.scalar());
    default:
        return std::nullopt;
    }
}

std::optional<std::uint64_t> valueSize(const AttributeValue& value) {
    switch (value.type()) {
    case AttributeType::S: {
        std::uint64_t units = 0;
        for (const char c : value.scalar()) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;  // 4-byte sequences are surrogate pairs
        }
        return units;
    }
    case AttributeType::B:
        return value.scalar().size();
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS:
        return value.members().size();
    case AttributeType::L:
        return value.listValue().size();
    case AttributeType::M:
        return value.mapValue().size();
    default:
        return std::nullopt;
    }
}

bool setHasMember(const AttributeValue& set, std::string_view member) {
    const std::vector<std::string>& members = set.members();
    if (set.type() == AttributeType::NS) {
        auto it = std::lower_bound(members.begin(), members.end(), member, [](const std::string& m, std::string_view v) {
            return compareNumbers(m, v) < 0;
        });
        return it != members.end() && compareNumbers(*it, member) == 0;
    }
    return std::binary_search(members.begin(), members.end(), member,
                              [](std::string_view x, std::string_view y) { return x < y; });
}

bool valueContains(const AttributeValue& haystack, const AttributeValue& needle) {
    switch (haystack.type()) {
    case AttributeType::S:
    case AttributeType::B:
        return needle.type() == haystack.type() && haystack.scalar().find(needle.scalar()) != std::string::npos;
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS:
        return isMemberType(haystack.type(), needle.type()) && setHasMember(haystack, needle.scalar());
    case AttributeType::L: {
        const auto& elements = haystack.listValue();
        return std::any_of(elements.begin(), elements.end(), [&](const AttributeValue& e) { return e == needle; });
    }
    default:
        return false;
    }
}

bool valueBeginsWith(const AttributeValue& value, const AttributeValue& prefix) {
    if (value.type() != prefix.type()) return false;
    if (value.type() != AttributeType::S && value.type() != AttributeType::B) return false;
    return value.scalar().compare(0, prefix.scalar().size(), prefix.scalar()) == 0 &&
           value.scalar().size() >= prefix.scalar().size();
}

std::string_view longTypeName(AttributeType type) {
    switch (type) {
    case AttributeType::S: return "STRING";
    case AttributeType::N: return "NUMBER";
    case AttributeType::B: return "BINARY";
    case AttributeType::BOOL: return "BOOLEAN";
    case AttributeType::Null: return "NULL";
    case AttributeType::M: return "MAP";
    case AttributeType::L: return "LIST";
    case AttributeType::SS: return "STRING_SET";
    case AttributeType::NS: return "NUMBER_SET";
    case AttributeType::BS: return "BINARY_SET";
    }
    return "NULL";
}

std::string numberText(std::uint64_t value) {
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace shardscope::engine::expr
