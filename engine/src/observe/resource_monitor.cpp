#include "observe/resource_monitor.h"

#include <algorithm>
#include <cmath>

namespace shardscope::engine::observe {

ResourceMonitor::ResourceMonitor(std::string indexName_, std::string arn_, bool onDemand, double readUnits,
                                 double writeUnits, AttributeType pkType_, std::optional<AttributeType> skType_,
                                 const MonitorSettings& settings, std::int64_t nowMillis)
    : indexName(std::move(indexName_)),
      arn(std::move(arn_)),
      pkType(pkType_),
      skType(skType_),
      capacity(onDemand, readUnits, writeUnits, nowMillis, settings.onDemandWarmReadUnits,
               settings.onDemandWarmWriteUnits),
      partitions(settings.limits, partitionsFor(onDemand, readUnits, writeUnits, settings.limits), nowMillis),
      metrics(settings.secondsKept, settings.minutesKept),
      accessedKeys(settings.hotKeyCapacity, settings.hotKeyWindowMillis),
      accessedItems(settings.hotKeyCapacity, settings.hotKeyWindowMillis),
      throttledKeys(settings.hotKeyCapacity, settings.hotKeyWindowMillis),
      throttledItems(settings.hotKeyCapacity, settings.hotKeyWindowMillis),
      lastMinuteFed(nowMillis / 60'000) {
    readScaler.setPolicy(settings.autoScaling);
    writeScaler.setPolicy(settings.autoScaling);
}

int ResourceMonitor::partitionsFor(bool onDemand, double readUnits, double writeUnits,
                                   const partitions::PartitionLimits& l) {
    // On-demand tables start on one partition here and split as they grow.
    if (onDemand) return 1;
    const double needed = readUnits / l.maxReadUnits + writeUnits / l.maxWriteUnits;
    return std::max(1, static_cast<int>(std::ceil(needed - 1e-9)));
}

}  // namespace shardscope::engine::observe
