#include "observe/observatory.h"

namespace shardscope::engine::observe {

Observatory::Observatory(const EngineOptions& options)
    : enabled(options.observation),
      enforceProvisioned(options.capacityEnforcement),
      enforceOnDemand(options.capacityEnforcement && options.onDemandEnforcement),
      account(options.metricsSecondsKept, options.metricsMinutesKept) {
    settings.limits.maxReadUnits = options.partitionMaxReadUnits;
    settings.limits.maxWriteUnits = options.partitionMaxWriteUnits;
    settings.limits.maxBytes = options.partitionMaxBytes;
    settings.limits.heatFraction = options.partitionHeatFraction;
    settings.limits.heatSeconds = options.partitionHeatSeconds;
    settings.secondsKept = options.metricsSecondsKept;
    settings.minutesKept = options.metricsMinutesKept;
    settings.hotKeyCapacity = options.hotKeyCapacity;
    settings.hotKeyWindowMillis = options.hotKeyWindowSeconds * 1000;
    settings.autoScaling = options.autoScaling;
    settings.onDemandWarmReadUnits = options.onDemandWarmReadUnits;
    settings.onDemandWarmWriteUnits = options.onDemandWarmWriteUnits;
}

}  // namespace shardscope::engine::observe
