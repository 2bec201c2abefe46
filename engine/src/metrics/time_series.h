// TimeSeries: one metric at 1-second and 1-minute resolution in fixed memory.
//
// Each resolution is a ring of buckets (sum, sample count, min, max) indexed
// by the bucket's start time, as CloudWatch aggregates: 1-second buckets for
// the last hour, 1-minute buckets for the last day by default. Recording into
// a bucket whose time has passed out of the ring overwrites it, so memory is
// bounded no matter how long the engine runs.
//
// Thread-safety: none; the owner serialises access.
#pragma once

#include "shardscope/engine/observation.h"

#include <cstdint>
#include <vector>

namespace shardscope::engine {

class TimeSeries {
public:
    enum class Resolution { Second, Minute };

    explicit TimeSeries(std::size_t seconds = 3600, std::size_t minutes = 1440);
    // Rings point into their own buckets: not copyable (moving is fine).
    TimeSeries(const TimeSeries&) = delete;
    TimeSeries& operator=(const TimeSeries&) = delete;
    TimeSeries(TimeSeries&&) = default;
    TimeSeries& operator=(TimeSeries&&) = default;

    void record(std::int64_t nowMillis, double value);
    // Points of one resolution from `sinceMillis` on, oldest first; buckets
    // with no samples are omitted.
    std::vector<MetricPoint> points(Resolution resolution, std::int64_t sinceMillis, std::int64_t nowMillis) const;
    // Sum over the last `windowMillis` at 1-second resolution.
    double sumSince(std::int64_t sinceMillis, std::int64_t nowMillis) const;

private:
    struct Ring {
        std::int64_t widthMillis;
        std::vector<MetricPoint> buckets;
        // The bucket recorded into last: most records land in it again,
        // which saves the index arithmetic on the hot path.
        MetricPoint* current = nullptr;
        void record(std::int64_t nowMillis, double value);
        std::vector<MetricPoint> points(std::int64_t sinceMillis, std::int64_t nowMillis) const;
    };
    Ring m_seconds;
    Ring m_minutes;
};

}  // namespace shardscope::engine
