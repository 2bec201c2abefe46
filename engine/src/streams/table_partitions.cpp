#include "streams/table_partitions.h"

#include "observe/table_monitor.h"

namespace shardscope::engine::streams {

std::vector<HashRange> tablePartitions(const TableSchema& table) {
    // Until the table's monitor is built (its first data call) the table is
    // one partition; from then on the partition model decides.
    if (!table.monitor) return {HashRange{}};
    const auto& partitions = table.monitor->table().partitions;
    std::vector<HashRange> out;
    out.reserve(partitions.size());
    for (std::size_t i = 0; i < partitions.size(); ++i) {
        HashRange range;
        range.low = partitions.at(i).low;
        if (i + 1 < partitions.size()) range.highExclusive = partitions.at(i + 1).low;
        out.push_back(range);
    }
    return out;
}

}  // namespace shardscope::engine::streams
