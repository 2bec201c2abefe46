#include "indexes/index_write_checks.h"

#include "shardscope/engine/item_size.h"
#include "shardscope/engine/json_codec.h"

#include <cmath>

namespace shardscope::engine::indexes {
namespace {

constexpr double kBytesPerGigabyte = 1024.0 * 1024.0 * 1024.0;

}  // namespace

Status checkIndexWrite(const TableSchema& table, const Item& item, bool update) {
    std::size_t withLocalEntries = 0;
    bool hasLocal = false;
    for (const IndexSchema& index : table.indexes()) {
        if (index.state() == IndexState::Deleting) continue;
        SHARDSCOPE_TRY(index.checkItem(item));
        if (index.kind() != IndexKind::Local) continue;
        hasLocal = true;
        if (const auto entry = index.entryFor(item, storage::StoredKey{})) withLocalEntries += entry->size;
    }
    // An item of a table with LSIs must fit in 400 KB together with its LSI entries.
    if (hasLocal && withLocalEntries > 0 && itemSize(item) + withLocalEntries > kMaxItemSize)
        return ApiError::validation(update ? "Item size to update has exceeded the maximum allowed size"
                                           : "Item size has exceeded the maximum allowed size");
    return Status::success();
}

std::int64_t collectionGrowth(const TableSchema& table, const storage::StoredKey& key, const Item* before,
                              const Item* after) {
    if (!table.hasLocalIndexes()) return 0;
    auto footprint = [&](const Item* item) -> std::int64_t {
        if (!item) return 0;
        auto bytes = static_cast<std::int64_t>(itemSize(*item));
        for (const IndexSchema& index : table.indexes())
            if (index.kind() == IndexKind::Local)
                if (const auto entry = index.entryFor(*item, key)) bytes += static_cast<std::int64_t>(entry->size);
        return bytes;
    };
    return footprint(after) - footprint(before);
}

ApiError collectionSizeExceeded() {
    return ApiError(ErrorCode::ItemCollectionSizeLimitExceeded, "Collection size exceeded.");
}

Status checkCollectionLimit(OpContext& ctx, const TableSchema& table, const storage::StoredKey& key,
                            std::int64_t growth) {
    if (growth <= 0) return Status::success();  // shrinking writes always pass
    auto current = ctx.engine.indexStore->collectionSize(table.id(), key.hash, key.pk);
    if (!current.ok()) return std::move(current).error();
    if (*current + growth > ctx.engine.options.itemCollectionSizeLimitBytes) return collectionSizeExceeded();
    return Status::success();
}

Result<nlohmann::json> itemCollectionMetrics(OpContext& ctx, const TableSchema& table, const AttributeValue& hashValue,
                                             const storage::StoredKey& key) {
    auto size = ctx.engine.indexStore->collectionSize(table.id(), key.hash, key.pk);
    if (!size.ok()) return std::move(size).error();
    // The service answers with the whole gigabytes the size falls between.
    const double lower = std::floor(static_cast<double>(*size) / kBytesPerGigabyte);
    Item collectionKey;
    collectionKey.set(table.hashKey().name, hashValue);
    return nlohmann::json{{"ItemCollectionKey", toJson(collectionKey)},
                          {"SizeEstimateRangeGB", {lower, lower + 1.0}}};
}

}  // namespace shardscope::engine::indexes
