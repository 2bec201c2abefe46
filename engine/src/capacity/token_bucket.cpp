#include "capacity/token_bucket.h"

#include <algorithm>

namespace shardscope::engine {

TokenBucket::TokenBucket(double ratePerSecond, std::int64_t nowMillis, double burstSeconds)
    : m_rate(ratePerSecond), m_burstSeconds(burstSeconds), m_tokens(ratePerSecond * burstSeconds), m_lastMillis(nowMillis) {}

void TokenBucket::refill(std::int64_t nowMillis) {
    if (nowMillis <= m_lastMillis) return;  // a clock that steps back refills nothing
    const double elapsed = static_cast<double>(nowMillis - m_lastMillis) / 1000.0;
    m_tokens = std::min(capacity(), m_tokens + elapsed * m_rate);
    m_lastMillis = nowMillis;
}

bool TokenBucket::admit(std::int64_t nowMillis) {
    refill(nowMillis);
    return m_tokens > 0;
}

void TokenBucket::consume(double units, std::int64_t nowMillis) {
    refill(nowMillis);
    m_tokens -= units;
}

void TokenBucket::setRate(double ratePerSecond, std::int64_t nowMillis) {
    refill(nowMillis);
    m_rate = ratePerSecond;
    m_tokens = std::min(m_tokens, capacity());
}

double TokenBucket::balance(std::int64_t nowMillis) {
    refill(nowMillis);
    return m_tokens;
}

}  // namespace shardscope::engine
