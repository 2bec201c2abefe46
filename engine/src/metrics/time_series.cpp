#include "metrics/time_series.h"

#include <algorithm>

namespace shardscope::engine {

TimeSeries::TimeSeries(std::size_t seconds, std::size_t minutes)
    : m_seconds{1000, std::vector<MetricPoint>(seconds)}, m_minutes{60'000, std::vector<MetricPoint>(minutes)} {}

void TimeSeries::Ring::record(std::int64_t nowMillis, double value) {
    MetricPoint* c = current;
    if (!c || nowMillis < c->startMillis || nowMillis >= c->startMillis + widthMillis) {
        const std::int64_t start = nowMillis - nowMillis % widthMillis;
        c = &buckets[static_cast<std::size_t>(start / widthMillis) % buckets.size()];
        current = c;
        if (c->startMillis != start || c->sampleCount == 0) {
            *c = {start, value, 1, value, value};
            return;
        }
    }
    auto& b = *c;
    b.sum += value;
    b.sampleCount += 1;
    b.minimum = std::min(b.minimum, value);
    b.maximum = std::max(b.maximum, value);
}

std::vector<MetricPoint> TimeSeries::Ring::points(std::int64_t sinceMillis, std::int64_t nowMillis) const {
    std::vector<MetricPoint> out;
    const std::int64_t oldest = nowMillis - widthMillis * static_cast<std::int64_t>(buckets.size());
    for (const auto& b : buckets)
        if (b.sampleCount > 0 && b.startMillis >= sinceMillis - widthMillis + 1 && b.startMillis > oldest &&
            b.startMillis <= nowMillis)
            out.push_back(b);
    std::sort(out.begin(), out.end(), [](const MetricPoint& a, const MetricPoint& b) { return a.startMillis < b.startMillis; });
    return out;
}

void TimeSeries::record(std::int64_t nowMillis, double value) {
    m_seconds.record(nowMillis, value);
    m_minutes.record(nowMillis, value);
}

std::vector<MetricPoint> TimeSeries::points(Resolution resolution, std::int64_t sinceMillis, std::int64_t nowMillis) const {
    return resolution == Resolution::Second ? m_seconds.points(sinceMillis, nowMillis)
                                            : m_minutes.points(sinceMillis, nowMillis);
}

double TimeSeries::sumSince(std::int64_t sinceMillis, std::int64_t nowMillis) const {
    double sum = 0;
    for (const auto& p : m_seconds.points(sinceMillis, nowMillis)) sum += p.sum;
    return sum;
}

}  // namespace shardscope::engine
