// Capacity and monthly cost estimate for a TableDesign under a workload.
//
// Capacity follows DynamoDB's unit rules: a read of up to 4 KB is one unit
// strongly consistent, half eventually consistent, two transactional; a write
// of up to 1 KB is one unit, two transactional; sizes round up per request.
// Each global secondary index is its own line with its own capacity: it takes
// the writes of the items that carry its keys, at the projected item size.
// Local indexes consume the table's write capacity and add storage.
// Storage counts each item's bytes plus DynamoDB's 100-byte overhead, in the
// table and in every index it is projected into.
//
// Billing: PAY_PER_REQUEST pays per request unit; PROVISIONED pays for the
// capacity provisioned each hour. With auto scaling the provisioned capacity
// is estimated as need / target utilisation, clamped to [min, max], and the
// estimate also reports the bill at the bounds (minimumMonthly,
// maximumMonthly). A fixed capacity below the need is flagged (it would
// throttle). Prices come from price_table.h (us-east-1, list prices).
//
// Thread-safety: pure functions.
#pragma once

#include "shardscope/tools/price_table.h"
#include "shardscope/tools/table_design.h"

#include <string>
#include <vector>

namespace shardscope::tools {

enum class ReadConsistency { Eventual, Strong, Transactional };

struct Workload {
    double readsPerSecond = 0;
    double writesPerSecond = 0;
    double averageItemBytes = 1024;
    ReadConsistency readConsistency = ReadConsistency::Eventual;
    bool transactionalWrites = false;
    double itemCount = 0;  // items stored, for the storage estimate
    double keyBytes = 64;  // bytes of the key attributes, for KEYS_ONLY and INCLUDE projections
};

// Per global or local index; an index without an entry gets the defaults.
struct IndexWorkload {
    std::string indexName;
    double readsPerSecond = 0;
    double writeFraction = 1.0;    // share of table writes (and items) that carry the index's keys
    double includeFraction = 0.5;  // INCLUDE: share of the non-key bytes projected
};

struct CapacityLine {
    std::string name;  // the table's or the index's name
    bool isIndex = false;
    double itemBytes = 0;  // the (projected) item size
    double requiredRcu = 0;
    double requiredWcu = 0;
    double provisionedRcu = 0;  // PROVISIONED only: what is billed
    double provisionedWcu = 0;
    double readCost = 0;  // USD per month
    double writeCost = 0;
    double storageGb = 0;
    double storageCost = 0;
    bool throttledReads = false;  // fixed provisioned capacity below the need
    bool throttledWrites = false;

    double total() const { return readCost + writeCost + storageCost; }
};

struct CostEstimate {
    std::vector<CapacityLine> lines;  // the table first, then global indexes in design order
    double readCost = 0;
    double writeCost = 0;
    double storageCost = 0;
    double total = 0;
    double minimumMonthly = 0;  // auto scaling at its minimum everywhere (== total otherwise)
    double maximumMonthly = 0;  // auto scaling at its maximum everywhere
    const PriceTable* prices = nullptr;
};

// Capacity units one request of `itemBytes` consumes.
double readUnitsPerRequest(double itemBytes, ReadConsistency consistency);
double writeUnitsPerRequest(double itemBytes, bool transactional);

// Provisioned capacity that auto scaling settles on for a steady `required`
// consumption: ceil(required / target), clamped to the bounds.
double autoScaledCapacity(double required, const AutoScalingDesign& scaling);

CostEstimate estimateCost(const TableDesign& design, const Workload& workload,
                          const std::vector<IndexWorkload>& indexes = {}, const PriceTable& prices = kUsEast1Prices);

}  // namespace shardscope::tools
