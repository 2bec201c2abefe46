// crc32: the checksum DynamoDB sends in the x-amz-crc32 response header.
//
// CRC-32 with the IEEE 802.3 / zlib polynomial (reflected 0xEDB88320), initial
// value and final xor 0xFFFFFFFF; crc32("123456789") == 3421780262. botocore
// recomputes it over the response body and retries on a mismatch, so it must
// cover exactly the bytes sent. Slicing-by-8 (eight bytes per step, from
// eight 256-entry tables built at compile time): a reply's checksum costs well
// under a microsecond.
//
// Thread-safety: pure functions, callable from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace shardscope::net {

// The checksum of `size` bytes at `data`. Passing the result of an earlier call
// as `previous` continues it: crc32(b, crc32(a)) == crc32(a + b).
[[nodiscard]] std::uint32_t crc32(const void* data, std::size_t size, std::uint32_t previous = 0) noexcept;

[[nodiscard]] inline std::uint32_t crc32(std::string_view bytes, std::uint32_t previous = 0) noexcept {
    return crc32(bytes.data(), bytes.size(), previous);
}

}  // namespace shardscope::net
