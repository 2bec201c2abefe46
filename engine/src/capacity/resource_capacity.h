// ResourceCapacity: the read and write capacity of one table or GSI.
//
// PROVISIONED: a token bucket per direction refilling at the provisioned
// rate and banking up to 300 seconds of unused capacity (burst capacity).
// PAY_PER_REQUEST: the service serves up to twice the previous peak at once;
// a peak only counts as "previous" once it is 30 minutes old, so traffic
// that more than doubles within half an hour throttles. A new on-demand
// table starts as if its previous peak were half of the warm throughput
// (6,000 reads / 2,000 writes per second, so 12,000 / 4,000 are served;
// EngineOptions::onDemandWarm* change that).
//
// Admission happens before a request touches anything; what the request
// really consumed is debited afterwards and may drive a bucket negative, as
// on the service. Per-minute consumption is kept for auto scaling.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "capacity/token_bucket.h"

#include <array>
#include <cstdint>

namespace shardscope::engine::capacity {

enum class Direction { Read, Write };

class ResourceCapacity {
public:
    static constexpr double kOnDemandWarmReadUnits = 12000;
    static constexpr double kOnDemandWarmWriteUnits = 4000;
    static constexpr std::int64_t kPeakAgeMillis = 30 * 60 * 1000;
    static constexpr std::size_t kMinuteHistory = 32;

    ResourceCapacity() = default;
    // `warmRead` / `warmWrite`: what a new on-demand resource serves at once.
    ResourceCapacity(bool onDemand, double readUnits, double writeUnits, std::int64_t nowMillis,
                     double warmRead = kOnDemandWarmReadUnits, double warmWrite = kOnDemandWarmWriteUnits);

    bool onDemand() const { return m_onDemand; }
    double provisioned(Direction d) const { return d == Direction::Read ? m_provisionedRead : m_provisionedWrite; }
    // Changes mode and provisioned units (UpdateTable, auto scaling); a
    // provisioned bucket keeps its banked balance within the new burst size.
    void reconfigure(bool onDemand, double readUnits, double writeUnits, std::int64_t nowMillis);

    // Whether a request may proceed now in direction `d`.
    bool admit(Direction d, std::int64_t nowMillis);
    void consume(Direction d, double units, std::int64_t nowMillis);
    void countThrottle(Direction d) { (d == Direction::Read ? m_readThrottles : m_writeThrottles) += 1; }
    std::int64_t throttles(Direction d) const { return d == Direction::Read ? m_readThrottles : m_writeThrottles; }

    // Banked units of the provisioned bucket (or of the on-demand allowance).
    double balance(Direction d, std::int64_t nowMillis);
    // On-demand: units per second served at once (twice the previous peak).
    double allowance(Direction d) const;

    // Units consumed in clock minute `minute` (nowMillis / 60000); 0 when
    // that minute is older than the history kept.
    double consumedInMinute(Direction d, std::int64_t minute) const;

private:
    struct Side {
        TokenBucket bucket;
        // Per-minute sums and per-minute peak of per-second consumption.
        std::array<double, kMinuteHistory> minuteSum{};
        std::array<std::int64_t, kMinuteHistory> minuteId{};
        std::array<double, kMinuteHistory> minutePeak{};
        std::int64_t second = 0;
        double secondSum = 0;
        double previousPeak = 0;  // on-demand: peaks at least 30 minutes old
    };
    Side& side(Direction d) { return d == Direction::Read ? m_read : m_write; }
    const Side& side(Direction d) const { return d == Direction::Read ? m_read : m_write; }
    void record(Side& s, double units, std::int64_t nowMillis);
    void ageOnDemandPeak(Side& s, std::int64_t nowMillis);

    bool m_onDemand = true;
    double m_provisionedRead = 0;
    double m_provisionedWrite = 0;
    Side m_read;
    Side m_write;
    std::int64_t m_readThrottles = 0;
    std::int64_t m_writeThrottles = 0;
};

}  // namespace shardscope::engine::capacity
