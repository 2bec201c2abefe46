// CallRecord: what the observation layer notes during one engine call.
//
// The first table the call touched (for the per-operation metrics), the
// clock reading shared by everything the call records, whether a partition
// asked to split, and the observation events to fire once the call is done.
//
// Thread-safety: one instance per call (it lives in the OpContext).
#pragma once

#include "shardscope/engine/observation.h"

#include <cstdint>
#include <vector>

namespace shardscope::engine {
class TableSchema;
}

namespace shardscope::engine::observe {

struct CallRecord {
    TableSchema* table = nullptr;
    std::int64_t nowMillis = -1;  // -1: not read yet
    bool splitPending = false;
    bool throttled = false;  // an admission refused something in this call
    std::vector<ObservationEvent> events;
};

}  // namespace shardscope::engine::observe
