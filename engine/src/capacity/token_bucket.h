// TokenBucket: provisioned capacity as DynamoDB enforces it.
//
// A bucket refills at `ratePerSecond` units and banks unused capacity up to
// `burstSeconds` (DynamoDB keeps up to 300 seconds) worth of it. A request is
// admitted while the bucket holds any capacity; what it really consumed is
// debited afterwards and may drive the balance below zero, so a large read
// is served and later requests wait for the refill — the behaviour clients
// observe from the service. Time comes from the caller (the engine's Clock).
//
// Thread-safety: none; the owner serialises access.
#pragma once

#include <cstdint>

namespace shardscope::engine {

class TokenBucket {
public:
    static constexpr double kDefaultBurstSeconds = 300.0;

    TokenBucket() = default;
    // Starts full: a new table can burst at once, as on the service.
    TokenBucket(double ratePerSecond, std::int64_t nowMillis, double burstSeconds = kDefaultBurstSeconds);

    // Whether a request may proceed now.
    bool admit(std::int64_t nowMillis);
    // Debits consumed units (after the request ran).
    void consume(double units, std::int64_t nowMillis);
    // Changes the rate (UpdateTable, auto scaling); the banked balance is kept
    // within the new burst size.
    void setRate(double ratePerSecond, std::int64_t nowMillis);

    double rate() const { return m_rate; }
    double balance(std::int64_t nowMillis);
    double capacity() const { return m_rate * m_burstSeconds; }

private:
    void refill(std::int64_t nowMillis);

    double m_rate = 0;
    double m_burstSeconds = kDefaultBurstSeconds;
    double m_tokens = 0;
    std::int64_t m_lastMillis = 0;
};

}  // namespace shardscope::engine
