#include "capacity/auto_scaler.h"

#include <algorithm>
#include <cmath>

namespace shardscope::engine::capacity {

void AutoScaler::addDatapoint(double consumedUnits, double provisioned, std::int64_t endMillis) {
    if (!m_policy.enabled || provisioned <= 0 || m_pending) return;
    const double perSecond = consumedUnits / 60.0;
    const double utilization = perSecond / provisioned;
    m_above = utilization > m_policy.targetUtilization ? m_above + 1 : 0;
    m_below = utilization < m_policy.targetUtilization - kScaleInGap ? m_below + 1 : 0;
    const bool out = m_above >= kScaleOutMinutes;
    const bool in = m_below >= kScaleInMinutes;
    if (!out && !in) return;
    double wanted = std::ceil(perSecond / m_policy.targetUtilization);
    wanted = std::clamp(wanted, m_policy.minCapacity, m_policy.maxCapacity);
    m_above = 0;
    m_below = 0;
    if (wanted == provisioned || (out && wanted < provisioned) || (in && wanted > provisioned)) return;
    m_pending = wanted;
    m_applyAtMillis = endMillis + kApplyDelayMillis;
}

std::optional<double> AutoScaler::dueChange(std::int64_t nowMillis) {
    if (!m_pending || nowMillis < m_applyAtMillis) return std::nullopt;
    auto out = m_pending;
    m_pending.reset();
    return out;
}

}  // namespace shardscope::engine::capacity
