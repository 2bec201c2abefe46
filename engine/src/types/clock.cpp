#include "shardscope/engine/clock.h"

#include <cmath>

namespace shardscope::engine {

std::int64_t SystemClock::nowMillis() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::shared_ptr<Clock> systemClock() {
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

std::int64_t AcceleratedClock::currentWallMillis() { return SystemClock().nowMillis(); }

AcceleratedClock::AcceleratedClock(double factor, std::int64_t startMillis)
    : m_factor(factor > 0 ? factor : 1.0),
      m_anchorReal(std::chrono::steady_clock::now()),
      m_anchorSimulated(startMillis) {}

std::int64_t AcceleratedClock::simulatedAt(std::chrono::steady_clock::time_point now) const {
    const double realMillis = std::chrono::duration<double, std::milli>(now - m_anchorReal).count();
    return m_anchorSimulated + static_cast<std::int64_t>(std::floor(realMillis * m_factor));
}

std::int64_t AcceleratedClock::nowMillis() const {
    std::lock_guard lock(m_mutex);
    return simulatedAt(std::chrono::steady_clock::now());
}

double AcceleratedClock::factor() const {
    std::lock_guard lock(m_mutex);
    return m_factor;
}

void AcceleratedClock::setFactor(double factor) {
    if (!(factor > 0)) return;
    std::lock_guard lock(m_mutex);
    // Re-anchor so the time already simulated is kept and only the rate changes.
    const auto now = std::chrono::steady_clock::now();
    m_anchorSimulated = simulatedAt(now);
    m_anchorReal = now;
    m_factor = factor;
}

void AcceleratedClock::fastForward(std::chrono::milliseconds duration) {
    if (duration.count() <= 0) return;
    std::lock_guard lock(m_mutex);
    m_anchorSimulated += duration.count();
}

}  // namespace shardscope::engine
