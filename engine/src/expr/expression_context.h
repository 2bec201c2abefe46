// ExpressionContext: a request's ExpressionAttributeNames and
// ExpressionAttributeValues, and which of them the request's expressions use.
//
// An operation builds one context per request and passes it to every parse
// call (condition, update, projection, ...). Each parse resolves "#name" and
// ":value" placeholders through the context, which records them as used; after
// the last expression, checkAllUsed() gives DynamoDB's "unused" errors across
// all of them. The maps are borrowed: they must outlive the context (parsed
// expressions copy what they need and do not refer back to the context).
// nullptr means the parameter was absent; an empty map means it was present
// but empty.
//
// Thread-safety: not thread-safe; one context per request.
#pragma once

#include "shardscope/engine/attribute_value.h"
#include "shardscope/engine/result.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace shardscope::engine::expr {

using NameMap = std::map<std::string, std::string, std::less<>>;

class ExpressionContext {
public:
    ExpressionContext() = default;
    ExpressionContext(const NameMap* names, const AttributeMap* values) : m_names(names), m_values(values) {}

    // DynamoDB's checks on the maps themselves, in its order: empty maps
    // ("ExpressionAttributeNames must not be empty"), over-long keys, key
    // syntax (`contains invalid key: Syntax error; key: "x"`) and empty
    // attribute names. Values are assumed validated by the JSON codec.
    Status validateDeclarations() const;

    // Returns nullptr (and records nothing) when the placeholder is undefined.
    const std::string* resolveName(std::string_view placeholder);
    const AttributeValue* resolveValue(std::string_view placeholder);
    // Lookups without recording use.
    const std::string* findName(std::string_view placeholder) const;
    const AttributeValue* findValue(std::string_view placeholder) const;

    // After all expressions of the request are parsed: an error naming the
    // unused names (first) or values, as
    // "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}",
    // keys listed in the order DynamoDB (a Java HashSet) lists them; keys in
    // the same hash bucket keep name order (the request's order is not kept).
    Status checkAllUsed() const;

    bool hasNames() const { return m_names != nullptr; }
    bool hasValues() const { return m_values != nullptr; }

private:
    const NameMap* m_names = nullptr;
    const AttributeMap* m_values = nullptr;
    std::set<std::string, std::less<>> m_usedNames;
    std::set<std::string, std::less<>> m_usedValues;
};

}  // namespace shardscope::engine::expr
