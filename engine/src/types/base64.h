// Base64 (RFC 4648, with padding) for B and BS values on the wire.
//
// decode() is strict in the way DynamoDB's JSON layer is: the length must be a
// multiple of four, only the standard alphabet is allowed, and the bits after
// the last character must be zero. Errors are SerializationExceptions with the
// service's text.
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/engine/result.h"

#include <string>
#include <string_view>

namespace shardscope::engine {

std::string base64Encode(std::string_view bytes);
Result<std::string> base64Decode(std::string_view text);

}  // namespace shardscope::engine
