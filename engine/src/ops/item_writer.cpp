#include "ops/item_writer.h"

#include "indexes/index_maintainer.h"
#include "observe/throughput.h"
#include "streams/stream_recorder.h"
#include "types/item_codec.h"

namespace shardscope::engine {

Result<std::optional<storage::StoredItem>> ItemWriter::read(const TableSchema& table, const storage::StoredKey& key) {
    return m_ctx.engine.items->get(table.id(), key);
}

Status ItemWriter::write(TableSchema& table, const storage::StoredKey& key, const Item& item, std::size_t size,
                         const std::optional<storage::StoredItem>& previous) {
    m_buffer.clear();
    encodeItemInto(item, &m_buffer);
    SHARDSCOPE_TRY(m_ctx.engine.items->put(table.id(), key, static_cast<std::int64_t>(size), m_buffer));
    m_deltas.push_back(
        {&table, key.hash, previous ? 0 : 1, static_cast<std::int64_t>(size) - (previous ? previous->size : 0)});
    m_changedTables.insert(table.name());
    if (!table.needsImages()) return Status::success();
    std::optional<Item> before;
    if (previous) {
        auto decoded = decodeItem(previous->data);
        if (!decoded.ok()) return std::move(decoded).error();
        before = std::move(*decoded);
    }
    return itemChanged(table, key, before ? &*before : nullptr, &item);
}

Status ItemWriter::remove(TableSchema& table, const storage::StoredKey& key, const storage::StoredItem& previous) {
    SHARDSCOPE_TRY(m_ctx.engine.items->erase(table.id(), key));
    m_deltas.push_back({&table, key.hash, -1, -previous.size});
    m_changedTables.insert(table.name());
    if (!table.needsImages()) return Status::success();
    auto before = decodeItem(previous.data);
    if (!before.ok()) return std::move(before).error();
    return itemChanged(table, key, &*before, nullptr);
}

Status ItemWriter::itemChanged(TableSchema& table, const storage::StoredKey& key, const Item* before,
                               const Item* after) {
    // Secondary indexes and streams attach here (see the header).
    (void)table;
    (void)key;
    (void)before;
    (void)after;
    (void)m_origin;
    if (!table.indexes().empty()) SHARDSCOPE_TRY(indexes::maintainIndexes(m_ctx, table, key, before, after));
    if (table.streamEnabled()) SHARDSCOPE_TRY(streams::recordChange(m_ctx, table, key, before, after, m_origin));
    return Status::success();
}

Status ItemWriter::commit() {
    SHARDSCOPE_TRY(m_tx.commit());
    for (const auto& d : m_deltas) {
        d.table->itemCount += d.items;
        d.table->sizeBytes += d.bytes;
        observe::itemsCommitted(m_ctx, *d.table, d.hash, d.items, d.bytes);
        if (m_origin == ChangeOrigin::TimeToLive && d.items < 0) observe::ttlDeleted(m_ctx, *d.table, -d.items);
    }
    for (const auto& name : m_changedTables) m_ctx.events.push_back({ChangeEvent::Kind::ItemsChanged, name});
    m_deltas.clear();
    m_changedTables.clear();
    return Status::success();
}

}  // namespace shardscope::engine
