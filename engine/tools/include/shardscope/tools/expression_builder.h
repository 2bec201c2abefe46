// ExpressionBuilder: the query builder's rows as DynamoDB expression text.
//
// The visual builder describes conditions ("status = 'open'"), updates ("SET
// count = count + 1") and projections as rows; these functions write them as
// expression text with placeholders for every attribute name ("#status", so
// reserved words and odd characters never matter) and every value
// (":status"), collected in a PlaceholderSet that gives the request's
// ExpressionAttributeNames and ExpressionAttributeValues. Nothing is checked
// here: the result goes to the engine's parser (expression_validator.h).
//
// parseTypedValue() turns what a user typed in a value cell, with the chosen
// type, into an AttributeValue in DynamoDB JSON.
//
// Thread-safety: PlaceholderSet is a plain value; functions are pure.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::tools {

// A comparison or function in a condition row. Operators are spelt as in
// the expression language ("=", "<>", "BETWEEN", "begins_with", ...).
struct ConditionRow {
    std::string attribute;  // a document path: name, a.b, list[0].c
    std::string op =
        "=";  // = <> < <= > >= BETWEEN begins_with contains attribute_exists attribute_not_exists attribute_type
    nlohmann::json value;   // an AttributeValue; attribute_type: {"S": "<type name>"}
    nlohmann::json value2;  // BETWEEN's upper bound

    bool operator==(const ConditionRow&) const = default;
};

// One action of an update expression.
struct UpdateRow {
    // SET (a = v), SET_IF_NOT_EXISTS (a = if_not_exists(a, v)), INCREMENT (a = a + v),
    // DECREMENT (a = a - v), APPEND (a = list_append(a, v)), REMOVE, ADD, DELETE.
    std::string action = "SET";
    std::string attribute;
    nlohmann::json value;  // unused by REMOVE

    bool operator==(const UpdateRow&) const = default;
};

class PlaceholderSet {
public:
    // "#a.#b[0]" for "a.b[0]": one name placeholder per distinct name.
    std::string path(std::string_view attributePath);
    // A new value placeholder named after `hint` (":status", ":status_2").
    std::string value(std::string_view hint, const nlohmann::json& attributeValue);

    // The request members; null when there is nothing to declare.
    nlohmann::json names() const;
    nlohmann::json values() const;

private:
    std::map<std::string, std::string> m_nameToPlaceholder;
    std::map<std::string, std::string> m_placeholderToName;
    std::map<std::string, nlohmann::json> m_values;
};

// Rows joined with `join` ("AND" or "OR"); empty rows (no attribute) are skipped.
std::string buildCondition(const std::vector<ConditionRow>& rows, std::string_view join, PlaceholderSet& placeholders);
// SET, REMOVE, ADD and DELETE clauses, each once, in that order.
std::string buildUpdate(const std::vector<UpdateRow>& rows, PlaceholderSet& placeholders);
std::string buildProjection(const std::vector<std::string>& attributes, PlaceholderSet& placeholders);

// The value types a builder row offers, in wire spelling.
const std::vector<std::string>& attributeTypes();

enum class ValueInputError { None, InvalidBoolean, InvalidJson };

// S, N, B: the text as is (the engine checks numbers and base64); BOOL:
// true/false; NULL: ignores the text; SS, NS, BS: a JSON array of strings or
// comma-separated members; L, M: DynamoDB JSON of the list or map.
std::optional<nlohmann::json> parseTypedValue(std::string_view type, std::string_view text,
                                              ValueInputError* error = nullptr);
// The inverse, for showing a stored value in a row: {type, text}.
std::pair<std::string, std::string> typedValueText(const nlohmann::json& attributeValue);

}  // namespace shardscope::tools
