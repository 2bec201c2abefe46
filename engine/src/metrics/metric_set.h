// MetricSet: the CloudWatch metrics of one dimension set (a table, a GSI, a
// table and operation, or the account), each a TimeSeries at 1-second and
// 1-minute resolution plus a running total for Prometheus.
//
// Series are allocated on first use, so a set costs little until a metric
// actually occurs; each series has a fixed size (EngineOptions::
// metricsSecondsKept / metricsMinutesKept), so memory stays bounded however
// long the engine runs.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "metrics/metric_names.h"
#include "metrics/time_series.h"

#include <array>
#include <cstddef>
#include <memory>

namespace shardscope::engine::metrics {

class MetricSet {
public:
    MetricSet(std::size_t secondsKept, std::size_t minutesKept) : m_seconds(secondsKept), m_minutes(minutesKept) {}

    void record(Metric m, std::int64_t nowMillis, double value) {
        const auto i = static_cast<std::size_t>(m);
        if (!m_series[i]) m_series[i] = std::make_unique<TimeSeries>(m_seconds, m_minutes);
        m_series[i]->record(nowMillis, value);
        m_totals[i] = isGauge(m) ? value : m_totals[i] + value;
        m_counts[i] += 1;
    }

    bool has(Metric m) const { return m_series[static_cast<std::size_t>(m)] != nullptr; }
    const TimeSeries* series(Metric m) const { return m_series[static_cast<std::size_t>(m)].get(); }
    // Sum since the engine opened (the last value for gauges), and samples.
    double total(Metric m) const { return m_totals[static_cast<std::size_t>(m)]; }
    double count(Metric m) const { return m_counts[static_cast<std::size_t>(m)]; }

private:
    std::size_t m_seconds;
    std::size_t m_minutes;
    std::array<std::unique_ptr<TimeSeries>, kMetricCount> m_series{};
    std::array<double, kMetricCount> m_totals{};
    std::array<double, kMetricCount> m_counts{};
};

}  // namespace shardscope::engine::metrics
