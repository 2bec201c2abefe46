#include "expr/reserved_words.h"

#include <algorithm>
#include <array>

namespace shardscope::engine::expr {
namespace {

constexpr std::string_view kReservedWords[] = {
#include "expr/reserved_words.inc"
};

constexpr std::size_t kMaxWordLength = 32;

}  // namespace

bool isReservedWord(std::string_view word) {
    if (word.empty() || word.size() > kMaxWordLength) return false;
    std::array<char, kMaxWordLength> upper{};
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    // The list is sorted (the guide's order), so binary search works.
    return std::binary_search(std::begin(kReservedWords), std::end(kReservedWords),
                              std::string_view(upper.data(), word.size()));
}

std::size_t reservedWordCount() { return std::size(kReservedWords); }

}  // namespace shardscope::engine::expr
