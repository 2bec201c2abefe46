// IndexCallState: what the index layer remembers during one engine call.
//
// Write units: index maintenance (index_maintainer.h) records here, per
// table and index, the units of every entry it put or deleted (each sized
// on its entry, rounded up to 1 KB); the operation reads them back to answer
// ReturnConsumedCapacity. A base write that leaves an entry unchanged adds
// nothing, one that makes an entry appear or disappear adds one write, one
// that moves it to another index key adds two.
//
// Started changes: the online GSI change (index_lifecycle.h) begun for a
// table during this call, with the description before it, so that a second
// change in the same UpdateTable can take the first back before refusing.
//
// The state lives in the call's OpContext, so a failed call's records die
// with it.
//
// Thread-safety: one instance per call.
#pragma once

#include "ops/consumed_capacity.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace shardscope::engine::indexes {

class IndexCallState {
public:
    void addWriteUnits(const std::string& table, const std::string& index, bool global, double units) {
        CapacityBreakdown& entry = m_units[table];
        (global ? entry.globalIndexes : entry.localIndexes)[index] += units;
    }

    // `tableUnits` for the base table plus the index units recorded for
    // `table`, the index units multiplied by `factor` (2 in transactions).
    CapacityBreakdown capacity(const std::string& table, double tableUnits, double factor = 1.0) const {
        CapacityBreakdown out;
        out.table = tableUnits;
        if (auto it = m_units.find(table); it != m_units.end()) {
            for (const auto& [name, units] : it->second.globalIndexes) out.globalIndexes[name] = units * factor;
            for (const auto& [name, units] : it->second.localIndexes) out.localIndexes[name] = units * factor;
        }
        return out;
    }

    // An online GSI change begun in this call: the index, whether it was a
    // creation, and the table's description before it.
    struct StartedChange {
        std::string index;
        bool created = false;
        nlohmann::json descriptionBefore;
    };
    void noteStartedChange(std::int64_t tableId, StartedChange change) { m_started[tableId] = std::move(change); }
    // The change begun for the table in this call; null if none.
    const StartedChange* startedChange(std::int64_t tableId) const {
        auto it = m_started.find(tableId);
        return it == m_started.end() ? nullptr : &it->second;
    }
    void forgetStartedChange(std::int64_t tableId) { m_started.erase(tableId); }

private:
    std::map<std::string, CapacityBreakdown> m_units;
    std::map<std::int64_t, StartedChange> m_started;
};

}  // namespace shardscope::engine::indexes
