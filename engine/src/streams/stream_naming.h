// The names DynamoDB Streams gives things: stream labels and ARNs, shard ids,
// sequence numbers and event ids.
//
// Sequence numbers are per stream counters (1, 2, ...) stored as integers and
// shown on the wire as 21-digit numeric strings ("1" followed by the counter
// padded to 20 digits), so they sort numerically and as text. Any numeric
// string a client sends maps to a counter that keeps its order among ours
// (sequenceOrder()).
//
// Thread-safety: pure functions, except that the random parts (shard-id
// suffix, event id) come from a per-thread generator.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace shardscope::engine::streams {

// "2015-05-11T21:21:33.291" (UTC, milliseconds) for a clock time in millis.
std::string streamLabel(std::int64_t millis);
// "<table ARN>/stream/<label>".
std::string streamArn(std::string_view tableArn, std::string_view label);
// "shardId-<creation millis, 20 digits>-<8 random hex digits>".
std::string newShardId(std::int64_t createdMillis);
// 32 random hex digits, unique per record.
std::string newEventId();

// The wire form of sequence counter `counter` (>= 0).
std::string formatSequenceNumber(std::int64_t counter);
// The counter a wire sequence number stands for, for ordering: our own
// numbers map back exactly; smaller numbers map below 0, larger ones to
// INT64_MAX. Precondition: `text` is 21..40 decimal digits.
std::int64_t sequenceOrder(std::string_view text);
// Whether `text` is 21..40 decimal digits.
bool isSequenceNumberText(std::string_view text);

}  // namespace shardscope::engine::streams
