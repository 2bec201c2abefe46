#include "shardscope/net/crc32.h"

#include <array>

namespace shardscope::net {

namespace {

constexpr std::uint32_t kPolynomial = 0xEDB88320u;

// kTables[0][b] is the CRC of the single byte b; kTables[k][b] is the CRC of
// b followed by k zero bytes. With them the loop below folds eight input
// bytes per step (slicing-by-8) instead of one.
using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr Tables makeTables() {
    Tables tables{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1u) ? (kPolynomial ^ (c >> 1)) : (c >> 1);
        tables[0][i] = c;
    }
    for (std::size_t k = 1; k < tables.size(); ++k)
        for (std::size_t i = 0; i < 256; ++i)
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFFu];
    return tables;
}

constexpr Tables kTables = makeTables();
static_assert(kTables[0][1] == 0x77073096u, "CRC-32 table does not match the zlib polynomial");

// Little-endian load; the slicing below assumes the first byte is the lowest.
std::uint32_t load32(const unsigned char* p) noexcept {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

}  // namespace

std::uint32_t crc32(const void* data, std::size_t size, std::uint32_t previous) noexcept {
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::uint32_t c = previous ^ 0xFFFFFFFFu;
    while (size >= 8) {
        const std::uint32_t low = load32(bytes) ^ c;
        const std::uint32_t high = load32(bytes + 4);
        c = kTables[7][low & 0xFFu] ^ kTables[6][(low >> 8) & 0xFFu] ^ kTables[5][(low >> 16) & 0xFFu] ^
            kTables[4][low >> 24] ^ kTables[3][high & 0xFFu] ^ kTables[2][(high >> 8) & 0xFFu] ^
            kTables[1][(high >> 16) & 0xFFu] ^ kTables[0][high >> 24];
        bytes += 8;
        size -= 8;
    }
    while (size-- > 0)
        c = kTables[0][(c ^ *bytes++) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

}  // namespace shardscope::net
