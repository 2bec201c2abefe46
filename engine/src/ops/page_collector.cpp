#include "ops/page_collector.h"

#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"

namespace shardscope::engine {

bool PageCollector::visit(void* self, const storage::RowView& row) {
    return static_cast<PageCollector*>(self)->accept(row);
}

bool PageCollector::accept(const storage::RowView& row) {
    auto item = decodeItem(row.data);
    if (!item.ok()) {
        m_error = std::move(item).error();
        return false;
    }
    ++m_scanned;
    m_bytesRead += static_cast<std::size_t>(row.size);
    if (!m_options.filter || expr::evaluate(*m_options.filter, *item)) {
        ++m_count;
        if (!m_options.countOnly)
            m_items.push_back(toJson(m_options.projection ? expr::project(*m_options.projection, *item) : *item));
    }
    const bool limitReached = m_options.limit && m_scanned >= *m_options.limit;
    if (limitReached || m_bytesRead >= kPageBytes) {
        m_stoppedEarly = true;
        m_lastKey = m_table.keyAttributes(*item);
        return false;
    }
    return true;
}

nlohmann::json PageCollector::response(CapacityDetail detail) const {
    nlohmann::json out = nlohmann::json::object();
    if (!m_options.countOnly) out["Items"] = m_items;
    out["Count"] = m_count;
    out["ScannedCount"] = m_scanned;
    if (m_stoppedEarly) out["LastEvaluatedKey"] = toJson(m_lastKey);
    if (detail != CapacityDetail::None) out["ConsumedCapacity"] = consumedCapacityJson(m_table.name(), consumedUnits(), detail);
    return out;
}

}  // namespace shardscope::engine
