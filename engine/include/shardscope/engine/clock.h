// Clock: the one source of time for the engine.
//
// Everything time-based (timestamps in descriptions, TTL, stream retention,
// token buckets, metrics) reads a Clock, so tests can run on a ManualClock and
// a user can fast-forward a simulated day on an accelerated one.
//
// Thread-safety: all implementations are safe to call from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

namespace shardscope::engine {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual std::int64_t nowMillis() const = 0;
    double nowSeconds() const { return static_cast<double>(nowMillis()) / 1000.0; }
};

// Wall-clock time.
class SystemClock final : public Clock {
public:
    std::int64_t nowMillis() const override;
};

// Time that moves only when told to (tests).
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t startMillis = 1'700'000'000'000) : m_now(startMillis) {}
    std::int64_t nowMillis() const override { return m_now.load(); }
    void setMillis(std::int64_t millis) { m_now.store(millis); }
    void advanceMillis(std::int64_t delta) { m_now.fetch_add(delta); }

private:
    std::atomic<std::int64_t> m_now;
};

std::shared_ptr<Clock> systemClock();

}  // namespace shardscope::engine
