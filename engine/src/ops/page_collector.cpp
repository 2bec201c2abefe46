#include "ops/page_collector.h"

#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"

namespace shardscope::engine {

bool PageCollector::visit(void* self, const storage::RowView& row) {
    return static_cast<PageCollector*>(self)->accept(row);
}

bool PageCollector::accept(const storage::RowView& row) {
    if (!m_options.filter && !m_options.projection && !m_options.countOnly) {
        // Items returned as stored go from their encoding straight to JSON;
        // only the last one of a cut-off page is decoded, for its key.
        auto json = decodeItemToJson(row.data);
        if (!json.ok()) {
            m_error = std::move(json).error();
            return false;
        }
        ++m_scanned;
        ++m_count;
        m_bytesRead += static_cast<std::size_t>(row.size);
        m_items.push_back(std::move(*json));
        if (!pageFull()) return true;
        auto item = decodeItem(row.data);
        if (!item.ok()) {
            m_error = std::move(item).error();
            return false;
        }
        m_stoppedEarly = true;
        m_lastKey = m_table.keyAttributes(*item);
        return false;
    }
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
    if (pageFull()) {
        m_stoppedEarly = true;
        m_lastKey = m_table.keyAttributes(*item);
        return false;
    }
    return true;
}

bool PageCollector::pageFull() const {
    return (m_options.limit && m_scanned >= *m_options.limit) || m_bytesRead >= kPageBytes;
}

nlohmann::json PageCollector::response(CapacityDetail detail) {
    nlohmann::json out = nlohmann::json::object();
    if (!m_options.countOnly) out["Items"] = std::move(m_items);
    out["Count"] = m_count;
    out["ScannedCount"] = m_scanned;
    if (m_stoppedEarly) out["LastEvaluatedKey"] = toJson(m_lastKey);
    if (detail != CapacityDetail::None) out["ConsumedCapacity"] = consumedCapacityJson(m_table.name(), consumedUnits(), detail);
    return out;
}

}  // namespace shardscope::engine
