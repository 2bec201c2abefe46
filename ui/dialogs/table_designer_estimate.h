// The designer's capacity and cost summary: a tools::CostEstimate as a small
// rich-text table (needed and billed capacity and the monthly cost of the
// table and each global index, storage, the total, auto scaling's range)
// with the price table's region and date, and warnings for capacity below
// the workload's need.
//
// Thread-safety: pure functions; GUI thread (translations).
#pragma once

#include "shardscope/tools/cost_estimator.h"

#include <QCoreApplication>
#include <QString>

namespace shardscope::ui {

class TableDesignerEstimate {
    Q_DECLARE_TR_FUNCTIONS(TableDesignerEstimate)

public:
    static QString html(const tools::TableDesign& design, const tools::CostEstimate& estimate);
    // "$12.34"; small amounts keep cents' fractions ("$0.0042").
    static QString formatDollars(double amount);
};

}  // namespace shardscope::ui
