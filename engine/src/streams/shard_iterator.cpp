#include "streams/shard_iterator.h"

#include "types/base64.h"

#include <charconv>
#include <vector>

namespace shardscope::engine::streams {
namespace {

constexpr std::string_view kSeparator = "|1|";
constexpr std::string_view kVersion = "s1";

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

bool parseInt(std::string_view text, std::int64_t* out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

}  // namespace

std::string ShardIterator::encode() const {
    std::string payload(kVersion);
    payload += ';' + std::to_string(streamId) + ';' + shardId + ';' + std::to_string(position) + ';' +
               std::to_string(issuedMs);
    std::string out = streamArn;
    out += kSeparator;
    out += base64Encode(payload);
    return out;
}

std::optional<ShardIterator> ShardIterator::decode(std::string_view text) {
    const auto at = text.rfind(kSeparator);
    if (at == std::string_view::npos) return std::nullopt;
    auto payload = base64Decode(text.substr(at + kSeparator.size()));
    if (!payload.ok()) return std::nullopt;
    const auto parts = split(*payload, ';');
    if (parts.size() != 5 || parts[0] != kVersion) return std::nullopt;
    ShardIterator it;
    it.streamArn = std::string(text.substr(0, at));
    it.shardId = std::string(parts[2]);
    if (!parseInt(parts[1], &it.streamId) || !parseInt(parts[3], &it.position) || !parseInt(parts[4], &it.issuedMs) ||
        it.shardId.empty())
        return std::nullopt;
    return it;
}

}  // namespace shardscope::engine::streams
