// newRequestId: the value of the x-amzn-RequestId response header.
//
// DynamoDB's ids are opaque upper-case alphanumerics; like dynalite we make
// 52 of them from a cryptographically seeded generator (about 268 random bits),
// so ids do not repeat in practice and cannot be guessed from earlier ones.
// Each thread has its own generator (a 64-bit Mersenne Twister seeded from
// the system's random source, as QRandomGenerator::global() is), so server
// threads never contend for one.
//
// Thread-safety: callable from any thread.
#pragma once

#include <QByteArray>

namespace shardscope::net {

inline constexpr int kRequestIdLength = 52;

// 52 characters from [A-Z0-9].
[[nodiscard]] QByteArray newRequestId();

// Writes a new id's kRequestIdLength characters to `out` (no terminator).
void writeRequestId(char* out);

}  // namespace shardscope::net
