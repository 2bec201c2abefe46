// ShardIterator: the position a GetRecords call reads from, as the opaque
// string the Streams API hands out.
//
// The string is "<stream ARN>|1|<payload>" like the service's, where the
// payload (base64) carries the stream's row id, the shard id, the next
// sequence counter to read and the clock time the iterator was issued, so
// GetRecords needs no server-side state and can tell an expired iterator.
// Strings stay well under the 2048-character limit (ARNs are at most ~330).
//
// Thread-safety: plain value type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shardscope::engine::streams {

struct ShardIterator {
    std::string streamArn;
    std::int64_t streamId = 0;
    std::string shardId;
    std::int64_t position = 0;  // the first sequence counter to read
    std::int64_t issuedMs = 0;

    std::string encode() const;
    // nullopt when `text` is not an iterator this engine issued.
    static std::optional<ShardIterator> decode(std::string_view text);
};

}  // namespace shardscope::engine::streams
