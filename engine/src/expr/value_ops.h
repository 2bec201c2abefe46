// Value operations with DynamoDB's semantics, shared by condition evaluation,
// update application, key conditions and the legacy parameters.
//
// Numbers are compared on their canonical text (see Decimal::toString) without
// building Decimals; strings and binaries compare as unsigned bytes (UTF-8
// order); values of different types are never equal and never ordered.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/attribute_value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shardscope::engine::expr {

// <0, 0, >0 comparing two canonical number texts numerically.
int compareNumbers(std::string_view a, std::string_view b);

// Ordering of two values of the same scalar type S, N or B; nullopt when the
// types differ or are not orderable.
std::optional<int> orderValues(const AttributeValue& a, const AttributeValue& b);

// size(): UTF-16 code units of an S (as DynamoDB counts), bytes of a B, and
// the element count of sets, L and M; nullopt for N, BOOL and NULL.
std::optional<std::uint64_t> valueSize(const AttributeValue& value);

// contains(): substring for S and B, membership for sets (needle of the
// element type) and L (element equality).
bool valueContains(const AttributeValue& haystack, const AttributeValue& needle);

// begins_with(): both S or both B, byte prefix.
bool valueBeginsWith(const AttributeValue& value, const AttributeValue& prefix);

// Whether a set holds `member` (text of the set's element type).
bool setHasMember(const AttributeValue& set, std::string_view member);

// "STRING", "NUMBER", "BINARY", "BOOLEAN", "NULL", "LIST", "MAP",
// "STRING_SET", ... as used in ADD/DELETE operand-type messages.
std::string_view longTypeName(AttributeType type);

// Canonical text of a non-negative integer (size() results).
std::string numberText(std::uint64_t value);

}  // namespace shardscope::engine::expr
