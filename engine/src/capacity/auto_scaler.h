// AutoScaler: target tracking for one direction of one provisioned resource.
//
// Application Auto Scaling keeps consumed / provisioned near a target (70 %
// by default) with two CloudWatch alarms on one-minute datapoints: it scales
// out when consumption is above the target for 2 consecutive minutes, and in
// when it is below the target minus 20 points for 15 consecutive minutes.
// The new capacity is what would put the last minute's consumption at the
// target, within [min, max]. The resulting UpdateTable takes effect some
// time later (kApplyDelayMillis); requests above the old capacity throttle
// meanwhile. Everything runs on the engine's clock, so an accelerated clock
// scales the delays.
//
// Application Auto Scaling is a separate AWS API; Shardscope exposes the
// policy as an engine setting (Engine::setAutoScaling, EngineOptions) and
// shows its effect where the service does: in DescribeTable's
// ProvisionedThroughput.
//
// Thread-safety: none; used under the engine's lock.
#pragma once

#include "shardscope/engine/observation.h"

#include <cstdint>
#include <optional>

namespace shardscope::engine::capacity {

class AutoScaler {
public:
    static constexpr int kScaleOutMinutes = 2;
    static constexpr int kScaleInMinutes = 15;
    static constexpr double kScaleInGap = 0.20;
    static constexpr std::int64_t kApplyDelayMillis = 60'000;

    const AutoScalingPolicy& policy() const { return m_policy; }
    void setPolicy(const AutoScalingPolicy& policy) { m_policy = policy; }

    // Feeds one complete minute's datapoint: `consumedUnits` over that minute
    // against `provisioned` units per second, the minute ending at `endMillis`.
    void addDatapoint(double consumedUnits, double provisioned, std::int64_t endMillis);
    // The new capacity when a decided change is due at `nowMillis` (then
    // forgotten); nullopt otherwise.
    std::optional<double> dueChange(std::int64_t nowMillis);

private:
    AutoScalingPolicy m_policy;
    int m_above = 0;
    int m_below = 0;
    std::optional<double> m_pending;
    std::int64_t m_applyAtMillis = 0;
};

}  // namespace shardscope::engine::capacity
