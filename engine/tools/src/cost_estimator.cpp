#include "shardscope/tools/cost_estimator.h"

#include <algorithm>
#include <cmath>

namespace shardscope::tools {
namespace {

constexpr double kSecondsPerHour = 3600.0;
constexpr double kMillion = 1e6;

IndexWorkload indexWorkload(const std::vector<IndexWorkload>& list, const std::string& name) {
    for (const IndexWorkload& w : list)
        if (w.indexName == name) return w;
    IndexWorkload fallback;
    fallback.indexName = name;
    return fallback;
}

double projectedBytes(const IndexDesign& index, const Workload& workload, const IndexWorkload& iw) {
    const double keys = std::min(workload.keyBytes, workload.averageItemBytes);
    if (index.projectionType == "KEYS_ONLY") return keys;
    if (index.projectionType == "INCLUDE")
        return keys + std::clamp(iw.includeFraction, 0.0, 1.0) * (workload.averageItemBytes - keys);
    return workload.averageItemBytes;
}

double storageGb(double items, double itemBytes) {
    return items * (itemBytes + kItemOverheadBytes) / kBytesPerGb;
}

// Fills cost fields of `line` from its required units. `bounds` receives the
// cost at auto scaling's minimum and maximum.
void price(CapacityLine& line, const TableDesign& design, const ThroughputDesign& throughput, const ClassPrices& p,
           const PriceTable& prices, double& minimum, double& maximum) {
    const double hours = prices.hoursPerMonth;
    line.storageCost = line.storageGb * p.storageGbMonth;
    if (!design.isProvisioned()) {
        const double seconds = hours * kSecondsPerHour;
        line.readCost = line.requiredRcu * seconds / kMillion * p.readRequestUnits;
        line.writeCost = line.requiredWcu * seconds / kMillion * p.writeRequestUnits;
        minimum += line.total();
        maximum += line.total();
        return;
    }
    auto side = [&](double required, long long fixed, const AutoScalingDesign& scaling, double& provisioned,
                    bool& throttled, double unitHour, double& cost) {
        if (scaling.enabled) {
            provisioned = autoScaledCapacity(required, scaling);
            throttled = required > static_cast<double>(scaling.maxCapacity);
            minimum += static_cast<double>(scaling.minCapacity) * unitHour * hours;
            maximum += static_cast<double>(scaling.maxCapacity) * unitHour * hours;
        } else {
            provisioned = static_cast<double>(fixed);
            throttled = required > provisioned;
            minimum += provisioned * unitHour * hours;
            maximum += provisioned * unitHour * hours;
        }
        cost = provisioned * unitHour * hours;
    };
    side(line.requiredRcu, throughput.readCapacityUnits, throughput.readScaling, line.provisionedRcu,
         line.throttledReads, p.rcuHour, line.readCost);
    side(line.requiredWcu, throughput.writeCapacityUnits, throughput.writeScaling, line.provisionedWcu,
         line.throttledWrites, p.wcuHour, line.writeCost);
    minimum += line.storageCost;
    maximum += line.storageCost;
}

}  // namespace

double readUnitsPerRequest(double itemBytes, ReadConsistency consistency) {
    const double blocks = std::max(1.0, std::ceil(std::max(0.0, itemBytes) / kReadUnitBytes));
    switch (consistency) {
        case ReadConsistency::Eventual:
            return blocks * 0.5;
        case ReadConsistency::Strong:
            return blocks;
        case ReadConsistency::Transactional:
            return blocks * 2.0;
    }
    return blocks;
}

double writeUnitsPerRequest(double itemBytes, bool transactional) {
    const double blocks = std::max(1.0, std::ceil(std::max(0.0, itemBytes) / kWriteUnitBytes));
    return transactional ? blocks * 2.0 : blocks;
}

double autoScaledCapacity(double required, const AutoScalingDesign& scaling) {
    const double target = std::clamp(scaling.targetUtilization, 1.0, 100.0) / 100.0;
    const double wanted = std::ceil(required / target - 1e-9);
    return std::clamp(wanted, static_cast<double>(scaling.minCapacity),
                      static_cast<double>(std::max(scaling.minCapacity, scaling.maxCapacity)));
}

CostEstimate estimateCost(const TableDesign& design, const Workload& workload,
                          const std::vector<IndexWorkload>& indexes, const PriceTable& prices) {
    CostEstimate estimate;
    estimate.prices = &prices;
    const ClassPrices& p = prices.forClass(design.tableClass == "STANDARD_INFREQUENT_ACCESS");
    const double itemBytes = std::max(0.0, workload.averageItemBytes);
    const double writeUnits = writeUnitsPerRequest(itemBytes, workload.transactionalWrites);

    CapacityLine table;
    table.name = design.tableName;
    table.itemBytes = itemBytes;
    table.requiredRcu = workload.readsPerSecond * readUnitsPerRequest(itemBytes, workload.readConsistency);
    table.requiredWcu = workload.writesPerSecond * writeUnits;
    table.storageGb = storageGb(workload.itemCount, itemBytes);
    // Local indexes share the table's capacity: their reads and writes are billed there.
    for (const IndexDesign& index : design.localIndexes) {
        const IndexWorkload iw = indexWorkload(indexes, index.name);
        const double bytes = projectedBytes(index, workload, iw);
        table.requiredRcu += iw.readsPerSecond * readUnitsPerRequest(bytes, workload.readConsistency);
        table.requiredWcu += workload.writesPerSecond * iw.writeFraction * writeUnitsPerRequest(bytes, false);
        table.storageGb += storageGb(workload.itemCount * iw.writeFraction, bytes);
    }
    price(table, design, design.throughput, p, prices, estimate.minimumMonthly, estimate.maximumMonthly);
    estimate.lines.push_back(table);

    for (const IndexDesign& index : design.globalIndexes) {
        const IndexWorkload iw = indexWorkload(indexes, index.name);
        CapacityLine line;
        line.name = index.name;
        line.isIndex = true;
        line.itemBytes = projectedBytes(index, workload, iw);
        // Reads from a global index are always eventually consistent.
        line.requiredRcu = iw.readsPerSecond * readUnitsPerRequest(line.itemBytes, ReadConsistency::Eventual);
        line.requiredWcu = workload.writesPerSecond * iw.writeFraction * writeUnitsPerRequest(line.itemBytes, false);
        line.storageGb = storageGb(workload.itemCount * iw.writeFraction, line.itemBytes);
        price(line, design, index.throughput, p, prices, estimate.minimumMonthly, estimate.maximumMonthly);
        estimate.lines.push_back(line);
    }
    for (const CapacityLine& line : estimate.lines) {
        estimate.readCost += line.readCost;
        estimate.writeCost += line.writeCost;
        estimate.storageCost += line.storageCost;
    }
    estimate.total = estimate.readCost + estimate.writeCost + estimate.storageCost;
    return estimate;
}

}  // namespace shardscope::tools
