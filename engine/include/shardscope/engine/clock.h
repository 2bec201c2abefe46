// Clock: the one source of time for the engine.
//
// Everything time-based (timestamps in descriptions, TTL, stream retention,
// token buckets, metrics) reads a Clock, so tests can run on a ManualClock and
// a user can fast-forward a simulated day on an AcceleratedClock.
//
// Thread-safety: all implementations are safe to call from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>

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

// Simulated time that runs `factor` times faster than real time from a start
// point, and can jump ahead: fastForward() skips a simulated day at once.
// Real time is measured on a monotonic clock, so changing the computer's
// clock does not move simulated time. Simulated time never runs backwards.
class AcceleratedClock final : public Clock {
public:
    // `factor` > 0 (1 = real speed); `startMillis` is the simulated time now
    // (default: the wall clock).
    explicit AcceleratedClock(double factor, std::int64_t startMillis = currentWallMillis());

    std::int64_t nowMillis() const override;

    double factor() const;
    // Changes the speed from now on; the simulated time reached so far stays.
    // A factor <= 0 is ignored.
    void setFactor(double factor);
    // Moves simulated time ahead by `duration` (negative durations are ignored).
    void fastForward(std::chrono::milliseconds duration);

private:
    static std::int64_t currentWallMillis();
    // Simulated millis at real instant `now`; caller holds m_mutex.
    std::int64_t simulatedAt(std::chrono::steady_clock::time_point now) const;

    mutable std::mutex m_mutex;
    double m_factor;
    std::chrono::steady_clock::time_point m_anchorReal;
    std::int64_t m_anchorSimulated;
};

std::shared_ptr<Clock> systemClock();

}  // namespace shardscope::engine
