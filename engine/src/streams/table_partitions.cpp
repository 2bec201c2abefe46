#include "streams/table_partitions.h"

namespace shardscope::engine::streams {

std::vector<HashRange> tablePartitions(const TableSchema& table) {
    (void)table;  // one partition per table until partitions are modelled
    return {HashRange{}};
}

}  // namespace shardscope::engine::streams
