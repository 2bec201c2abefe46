#include "indexes/index_maintainer.h"

#include "indexes/index_write_checks.h"
#include "observe/throughput.h"
#include "ops/consumed_capacity.h"
#include "types/item_codec.h"

namespace shardscope::engine::indexes {

Status maintainIndexes(OpContext& ctx, TableSchema& table, const storage::StoredKey& key, const Item* before,
                       const Item* after) {
    if (table.indexes().empty()) return Status::success();
    IndexStore& store = *ctx.engine.indexStore;
    std::string buffer;
    for (const IndexSchema& index : table.indexes()) {
        if (index.state() == IndexState::Deleting) continue;
        const auto oldEntry = before ? index.entryFor(*before, key) : std::nullopt;
        const auto newEntry = after ? index.entryFor(*after, key) : std::nullopt;
        if (!oldEntry && !newEntry) continue;
        const bool sameKey = oldEntry && newEntry && oldEntry->key == newEntry->key;
        if (sameKey && oldEntry->item == newEntry->item) continue;  // the entry is unchanged: no index write
        double units = 0;
        if (oldEntry && !sameKey) {
            SHARDSCOPE_TRY(store.erase(table.id(), index.name(), oldEntry->key));
            units += writeUnits(oldEntry->size);
            if (index.isGlobal())
                observe::chargeIndexWrite(ctx, table, index, observe::indexKeyRef(oldEntry->key), writeUnits(oldEntry->size),
                                          -1, -static_cast<std::int64_t>(oldEntry->size + IndexSchema::kEntryOverheadBytes));
        }
        if (newEntry) {
            buffer.clear();
            encodeItemInto(newEntry->item, &buffer);
            SHARDSCOPE_TRY(store.put(table.id(), index.name(), newEntry->key, static_cast<std::int64_t>(newEntry->size),
                                     buffer));
            units += writeUnits(newEntry->size);
            if (index.isGlobal()) {
                const std::int64_t oldBytes =
                    sameKey ? static_cast<std::int64_t>(oldEntry->size + IndexSchema::kEntryOverheadBytes) : 0;
                observe::chargeIndexWrite(ctx, table, index, observe::indexKeyRef(newEntry->key), writeUnits(newEntry->size),
                                          sameKey ? 0 : 1,
                                          static_cast<std::int64_t>(newEntry->size + IndexSchema::kEntryOverheadBytes) - oldBytes);
            }
        }
        ctx.indexState.addWriteUnits(table.name(), index.name(), index.isGlobal(), units);
    }
    if (!table.hasLocalIndexes()) return Status::success();
    const std::int64_t growth = collectionGrowth(table, key, before, after);
    SHARDSCOPE_TRY(checkCollectionLimit(ctx, table, key, growth));
    return store.addCollectionSize(table.id(), key.hash, key.pk, growth);
}

}  // namespace shardscope::engine::indexes
