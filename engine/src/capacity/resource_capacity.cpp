#include "capacity/resource_capacity.h"

#include <algorithm>

namespace shardscope::engine::capacity {
namespace {

// On-demand capacity is not banked: about one second of the allowance.
constexpr double kOnDemandBurstSeconds = 1.0;

}  // namespace

ResourceCapacity::ResourceCapacity(bool onDemand, double readUnits, double writeUnits, std::int64_t nowMillis,
                                   double warmRead, double warmWrite) {
    m_read.previousPeak = warmRead / 2;
    m_write.previousPeak = warmWrite / 2;
    m_onDemand = !onDemand;  // force reconfigure() to build the buckets
    reconfigure(onDemand, readUnits, writeUnits, nowMillis);
}

void ResourceCapacity::reconfigure(bool onDemand, double readUnits, double writeUnits, std::int64_t nowMillis) {
    const bool modeChanged = onDemand != m_onDemand;
    m_onDemand = onDemand;
    m_provisionedRead = onDemand ? 0 : readUnits;
    m_provisionedWrite = onDemand ? 0 : writeUnits;
    for (Direction d : {Direction::Read, Direction::Write}) {
        Side& s = side(d);
        if (onDemand) {
            // Switching from provisioned keeps at least the provisioned level.
            if (modeChanged) s.previousPeak = std::max(s.previousPeak, (d == Direction::Read ? readUnits : writeUnits) / 2);
            s.bucket = TokenBucket(allowance(d), nowMillis, kOnDemandBurstSeconds);
        } else if (modeChanged) {
            s.bucket = TokenBucket(provisioned(d), nowMillis);
        } else {
            s.bucket.setRate(provisioned(d), nowMillis);
        }
    }
}

double ResourceCapacity::allowance(Direction d) const { return 2 * side(d).previousPeak; }

bool ResourceCapacity::admit(Direction d, std::int64_t nowMillis) {
    Side& s = side(d);
    if (m_onDemand) ageOnDemandPeak(s, nowMillis);
    return s.bucket.admit(nowMillis);
}

void ResourceCapacity::consume(Direction d, double units, std::int64_t nowMillis) {
    Side& s = side(d);
    s.bucket.consume(units, nowMillis);
    record(s, units, nowMillis);
}

double ResourceCapacity::balance(Direction d, std::int64_t nowMillis) { return side(d).bucket.balance(nowMillis); }

void ResourceCapacity::record(Side& s, double units, std::int64_t nowMillis) {
    const std::int64_t minute = nowMillis / 60'000;
    const std::size_t slot = static_cast<std::size_t>(minute) % kMinuteHistory;
    if (s.minuteId[slot] != minute) {
        // The slot's old minute leaves the window: an on-demand peak that old
        // has become the "previous peak".
        s.previousPeak = std::max(s.previousPeak, s.minutePeak[slot]);
        s.minuteId[slot] = minute;
        s.minuteSum[slot] = 0;
        s.minutePeak[slot] = 0;
    }
    s.minuteSum[slot] += units;
    const std::int64_t second = nowMillis / 1000;
    if (second != s.second) {
        s.second = second;
        s.secondSum = 0;
    }
    s.secondSum += units;
    s.minutePeak[slot] = std::max(s.minutePeak[slot], s.secondSum);
}

void ResourceCapacity::ageOnDemandPeak(Side& s, std::int64_t nowMillis) {
    const std::int64_t oldest = (nowMillis - kPeakAgeMillis) / 60'000;
    double peak = s.previousPeak;
    for (std::size_t i = 0; i < kMinuteHistory; ++i)
        if (s.minuteId[i] != 0 && s.minuteId[i] <= oldest) peak = std::max(peak, s.minutePeak[i]);
    if (peak > s.previousPeak) {
        s.previousPeak = peak;
        s.bucket.setRate(2 * peak, nowMillis);
    }
}

double ResourceCapacity::consumedInMinute(Direction d, std::int64_t minute) const {
    const Side& s = side(d);
    const std::size_t slot = static_cast<std::size_t>(minute) % kMinuteHistory;
    return s.minuteId[slot] == minute ? s.minuteSum[slot] : 0.0;
}

}  // namespace shardscope::engine::capacity
