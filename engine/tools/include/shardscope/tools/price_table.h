// PriceTable: the one place that states what DynamoDB costs.
//
// The figures are AWS's published list prices for US East (N. Virginia),
// us-east-1, in USD, as in effect from 1 November 2024 (the on-demand price
// cut) and still listed when this table was written (2025-05). They leave out
// the free tier (25 GB, 25 RCU and 25 WCU per account), reserved capacity,
// global-table replication, backups, streams reads and data transfer. Every
// estimate the workbench shows names this region and date, so a user can tell
// a stale table from a wrong sum.
//
// Thread-safety: constants only.
#pragma once

namespace shardscope::tools {

struct ClassPrices {
    double rcuHour;            // USD per provisioned read capacity unit-hour
    double wcuHour;            // USD per provisioned write capacity unit-hour
    double readRequestUnits;   // USD per million on-demand read request units
    double writeRequestUnits;  // USD per million on-demand write request units
    double storageGbMonth;     // USD per GB-month of table and index storage
};

struct PriceTable {
    const char* region;
    const char* effectiveDate;  // ISO date the prices took effect
    const char* checkedDate;    // when they were copied here
    double hoursPerMonth;       // AWS bills a month as 730 hours
    ClassPrices standard;
    ClassPrices infrequentAccess;  // STANDARD_INFREQUENT_ACCESS

    const ClassPrices& forClass(bool infrequent) const { return infrequent ? infrequentAccess : standard; }
};

inline constexpr PriceTable kUsEast1Prices{
    "us-east-1",
    "2024-11-01",
    "2025-05",
    730.0,
    {0.00013, 0.00065, 0.125, 0.625, 0.25},
    {0.00016, 0.00081, 0.15625, 0.78125, 0.10},
};

// DynamoDB's capacity unit sizes and per-item storage overhead.
inline constexpr double kReadUnitBytes = 4096.0;
inline constexpr double kWriteUnitBytes = 1024.0;
inline constexpr double kItemOverheadBytes = 100.0;
inline constexpr double kBytesPerGb = 1024.0 * 1024.0 * 1024.0;

}  // namespace shardscope::tools
