// The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator,
// GetRecords (target prefix DynamoDBStreams_20120810; the endpoint routes
// these four names to Engine::call).
//
// Validation follows the Streams service model (lengths, Limit bounds) with
// DynamoDB's constraint messages; errors:
//   ResourceNotFoundException  "Requested resource not found: Stream: <arn> not found",
//                              "Requested resource not found: Shard does not exist"
//   ExpiredIteratorException   "Shard iterator has expired" (15 clock minutes after issue)
//   TrimmedDataAccessException a position before the shard's trim point
//   LimitExceededException     GetRecords Limit above 1000
//   ValidationException        malformed iterators and sequence numbers
//
// Thread-safety: handlers run under the engine's lock (see engine_impl.h).
#pragma once

#include "engine_impl.h"

#include <nlohmann/json.hpp>

namespace shardscope::engine::ops {

Result<nlohmann::json> listStreams(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> describeStream(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> getShardIterator(OpContext& ctx, const nlohmann::json& request);
Result<nlohmann::json> getRecords(OpContext& ctx, const nlohmann::json& request);

}  // namespace shardscope::engine::ops
