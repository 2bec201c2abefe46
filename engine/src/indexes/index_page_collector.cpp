#include "indexes/index_page_collector.h"

#include "shardscope/engine/json_codec.h"
#include "types/item_codec.h"
#include "types/key_codec.h"

namespace shardscope::engine::indexes {

bool IndexPageCollector::visit(void* self, const IndexRowView& row) {
    return static_cast<IndexPageCollector*>(self)->accept(row);
}

bool IndexPageCollector::accept(const IndexRowView& row) {
    auto entry = decodeItem(row.data);
    if (!entry.ok()) {
        m_error = std::move(entry).error();
        return false;
    }
    ++m_scanned;
    m_indexBytes += static_cast<std::size_t>(row.size);
    m_pageBytes += static_cast<std::size_t>(row.size);
    const Item* item = &*entry;
    Item base;
    if (m_options.fetchBaseItems) {
        storage::StoredKey key;
        key.pk = std::string(row.pk);
        key.sk = std::string(row.sk);
        key.hash = hashToStorage(partitionHash(key.pk));
        auto stored = m_ctx.engine.items->get(m_table.id(), key);
        if (!stored.ok()) {
            m_error = std::move(stored).error();
            return false;
        }
        if (*stored) {
            auto decoded = decodeItem((*stored)->data);
            if (!decoded.ok()) {
                m_error = std::move(decoded).error();
                return false;
            }
            base = std::move(*decoded);
            item = &base;
            m_fetched = true;
            m_tableBytes += static_cast<std::size_t>((*stored)->size);
            m_pageBytes += static_cast<std::size_t>((*stored)->size);
        }
    }
    if (!m_options.filter || expr::evaluate(*m_options.filter, *item)) {
        ++m_count;
        if (!m_options.countOnly)
            m_items.push_back(toJson(m_options.projection ? expr::project(*m_options.projection, *item) : *item));
    }
    const bool limitReached = m_options.limit && m_scanned >= *m_options.limit;
    if (limitReached || m_pageBytes >= kPageBytes) {
        m_stoppedEarly = true;
        m_lastKey.clear();
        for (const auto& name : m_index.keyAttributeNames())
            if (const AttributeValue* value = entry->find(name)) m_lastKey.set(name, *value);
        return false;
    }
    return true;
}

nlohmann::json IndexPageCollector::response(CapacityDetail detail) const {
    nlohmann::json out = nlohmann::json::object();
    if (!m_options.countOnly) out["Items"] = m_items;
    out["Count"] = m_count;
    out["ScannedCount"] = m_scanned;
    if (m_stoppedEarly) out["LastEvaluatedKey"] = toJson(m_lastKey);
    if (detail != CapacityDetail::None) {
        CapacityBreakdown units;
        units.table = m_fetched ? readUnits(m_tableBytes, m_options.consistent) : 0.0;
        (m_index.isGlobal() ? units.globalIndexes : units.localIndexes)[m_index.name()] =
            readUnits(m_indexBytes, m_options.consistent);
        out["ConsumedCapacity"] = consumedCapacityJson(m_table.name(), units, detail);
    }
    return out;
}

}  // namespace shardscope::engine::indexes
