// RequestReader: typed, validated access to one JSON request object.
//
// Reading a member checks its JSON type the way DynamoDB's JSON layer does
// (a mismatch is a SerializationException, reported first) and collects
// constraint violations in DynamoDB's form ("Value 'x' at 'tableName' failed
// to satisfy constraint: Member must ..."), up to ten, joined as the service
// joins them. Operations read everything they accept, then call status().
//
// Member paths in messages are lower-camel ("tableName", "keySchema.1.member.keyType")
// as the service prints them; pass the path prefix for nested structures.
//
// Thread-safety: one reader per request, single-threaded.
#pragma once

#include "shardscope/engine/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope::engine::wire {

class RequestReader {
public:
    // `object` must outlive the reader.
    explicit RequestReader(const nlohmann::json& object, std::string pathPrefix = {});
    // A temporary would dangle: the reader keeps a reference.
    RequestReader(const nlohmann::json&& object, std::string pathPrefix = {}) = delete;

    // Each accessor returns empty when the member is absent or JSON null.
    const std::string* string(std::string_view member);
    // `modelType` names the member's type in the service model ("Long" for
    // capacity units, "Integer" for Limit, Segment...), which the
    // SerializationException for a non-number quotes.
    std::optional<std::int64_t> integer(std::string_view member, std::string_view modelType = "Long");
    std::optional<bool> boolean(std::string_view member);
    const nlohmann::json* object(std::string_view member);  // JSON object ("Map"/"Structure")
    const nlohmann::json* array(std::string_view member);   // JSON array ("List")

    // Constraint checks; each records a violation and returns whether the value passed.
    bool required(std::string_view member, bool present);
    // Table names: constraint violations for data-plane operations. With
    // `controlPlane`, a length outside 3..255 is the service's dedicated
    // message instead, reported before any collected violation.
    bool tableName(std::string_view member, const std::string* value, bool required, bool controlPlane = false);
    bool enumValue(std::string_view member, const std::string* value, std::initializer_list<std::string_view> allowed);
    bool minValue(std::string_view member, std::optional<std::int64_t> value, std::int64_t min);
    bool maxValue(std::string_view member, std::optional<std::int64_t> value, std::int64_t max);
    bool lengthBetween(std::string_view member, const std::string* value, std::size_t min, std::size_t max);
    bool countBetween(std::string_view member, const nlohmann::json* list, std::size_t min, std::size_t max);

    // Records a violation with a caller-rendered value ("null", "'x'", "[a, b]").
    void violation(std::string_view member, std::string renderedValue, std::string_view constraint);
    // Records a serialization error for a nested value of the wrong JSON type.
    void serializationError(ApiError error);

    // First serialization error, else the collected constraint violations, else ok.
    Status status() const;
    std::string path(std::string_view member) const;

private:
    const nlohmann::json* member(std::string_view name) const;
    void typeError(const nlohmann::json& value, std::string_view expected);

    const nlohmann::json& m_object;
    std::string m_prefix;
    std::vector<std::string> m_violations;
    std::optional<ApiError> m_serialization;
    std::optional<ApiError> m_immediate;
};

// "TableName" -> "tableName" (how the service names members in messages).
std::string lowerFirst(std::string_view name);

}  // namespace shardscope::engine::wire
