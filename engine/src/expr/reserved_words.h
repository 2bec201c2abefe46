// DynamoDB's reserved words: names that must be written as #placeholders in
// expressions.
//
// The list is the Developer Guide's, compiled in from reserved_words.inc
// (generated from reserved_words.txt, 573 words). The check is
// case-insensitive, as DynamoDB's is.
//
// Thread-safety: pure function over constant data.
#pragma once

#include <cstddef>
#include <string_view>

namespace shardscope::engine::expr {

bool isReservedWord(std::string_view word);
std::size_t reservedWordCount();

}  // namespace shardscope::engine::expr
