// newRequestId: the value of the x-amzn-RequestId response header.
//
// DynamoDB's ids are opaque upper-case alphanumerics; like dynalite we make
// 52 of them from a cryptographically seeded generator (about 268 random bits),
// so ids do not repeat in practice and cannot be guessed from earlier ones.
//
// Thread-safety: callable from any thread.
#pragma once

#include <QByteArray>

namespace shardscope::net {

inline constexpr int kRequestIdLength = 52;

// 52 characters from [A-Z0-9].
[[nodiscard]] QByteArray newRequestId();

}  // namespace shardscope::net
