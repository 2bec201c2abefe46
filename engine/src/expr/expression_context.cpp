#include "expr/expression_context.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace shardscope::engine::expr {
namespace {

constexpr std::size_t kMaxPlaceholderBytes = 255;

bool isKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isValidKey(std::string_view key, char sigil) {
    if (key.size() < 2 || key.front() != sigil) return false;
    return std::all_of(key.begin() + 1, key.end(), isKeyChar);
}

// Java's String.hashCode() over UTF-16 code units (placeholder keys are ASCII).
std::int32_t javaHash(std::string_view s) {
    std::uint32_t h = 0;
    for (const char c : s) h = 31 * h + static_cast<unsigned char>(c);
    return static_cast<std::int32_t>(h);
}

// Orders `keys` as a java.util.HashSet built from `total` keys iterates them:
// by bucket, then by insertion order.
std::vector<std::string> javaHashSetOrder(std::vector<std::string> keys, std::size_t total) {
    std::size_t want = std::max<std::size_t>(static_cast<std::size_t>(static_cast<double>(total) / 0.75) + 1, 16);
    std::size_t capacity = 1;
    while (capacity < want) capacity *= 2;
    auto bucket = [capacity](const std::string& key) {
        const auto h = static_cast<std::uint32_t>(javaHash(key));
        return static_cast<std::size_t>((h ^ (h >> 16)) & (capacity - 1));
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const std::string& a, const std::string& b) { return bucket(a) < bucket(b); });
    return keys;
}

std::string joinKeys(const std::vector<std::string>& keys) {
    std::string out;
    for (const std::string& key : keys) {
        if (!out.empty()) out += ", ";
        out += key;
    }
    return out;
}

}  // namespace

Status ExpressionContext::validateDeclarations() const {
    if (m_names) {
        if (m_names->empty()) return ApiError::validation("ExpressionAttributeNames must not be empty");
        for (const auto& [key, name] : *m_names) {
            if (key.size() > kMaxPlaceholderBytes)
                return ApiError::validation(
                    "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key "
                    "that is too long; size of key: " +
                    std::to_string(key.size()));
            if (!isValidKey(key, '#'))
                return ApiError::validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key +
                                            "\"");
            if (name.empty())
                return ApiError::validation("ExpressionAttributeNames contains invalid value: Empty attribute name for key " +
                                            key);
        }
    }
    if (m_values) {
        if (m_values->empty()) return ApiError::validation("ExpressionAttributeValues must not be empty");
        for (const auto& entry : *m_values) {
            const std::string& key = entry.first;
            if (key.size() > kMaxPlaceholderBytes)
                return ApiError::validation(
                    "ExpressionAttributeValues contains invalid key: The expression attribute map contains a key "
                    "that is too long;");
            if (!isValidKey(key, ':'))
                return ApiError::validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"" +
                                            key + "\"");
        }
    }
    return Status::success();
}

const std::string* ExpressionContext::findName(std::string_view placeholder) const {
    if (!m_names) return nullptr;
    auto it = m_names->find(placeholder);
    return it == m_names->end() ? nullptr : &it->second;
}

const AttributeValue* ExpressionContext::findValue(std::string_view placeholder) const {
    return m_values ? m_values->find(placeholder) : nullptr;
}

const std::string* ExpressionContext::resolveName(std::string_view placeholder) {
    const std::string* name = findName(placeholder);
    if (name && m_usedNames.find(placeholder) == m_usedNames.end()) m_usedNames.emplace(placeholder);
    return name;
}

const AttributeValue* ExpressionContext::resolveValue(std::string_view placeholder) {
    const AttributeValue* value = findValue(placeholder);
    if (value && m_usedValues.find(placeholder) == m_usedValues.end()) m_usedValues.emplace(placeholder);
    return value;
}

Status ExpressionContext::checkAllUsed() const {
    if (m_names) {
        std::vector<std::string> unused;
        for (const auto& entry : *m_names) {
            if (m_usedNames.find(entry.first) == m_usedNames.end()) unused.push_back(entry.first);
        }
        if (!unused.empty())
            return ApiError::validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {" +
                                        joinKeys(javaHashSetOrder(std::move(unused), m_names->size())) + "}");
    }
    if (m_values) {
        std::vector<std::string> unused;
        for (const auto& entry : *m_values) {
            if (m_usedValues.find(entry.first) == m_usedValues.end()) unused.push_back(entry.first);
        }
        if (!unused.empty())
            return ApiError::validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {" +
                                        joinKeys(javaHashSetOrder(std::move(unused), m_values->size())) + "}");
    }
    return Status::success();
}

}  // namespace shardscope::engine::expr
